/*-------------------------------------------------------------------------
 *
 * vecstore.h
 *	  Initialisation entry points of the extension's parts.
 *
 *-------------------------------------------------------------------------
 */
#ifndef VECSTORE_H
#define VECSTORE_H

/* columnar_*.c: the vecstore table access method (GUCs, xact callbacks) */
extern void ColumnarInit(void);

/* columnar_skipscan.c: chunk-group skipping scan (GUCs, planner hook) */
extern void ColumnarSkipScanInit(void);

/* ivf_am.c: the ivfrabitq index (GUCs vecstore.ivf_*, reloptions) */
extern void IvfInit(void);

/* columnar_knn.c: exact nearest-neighbour custom scan (GUC, planner hook) */
extern void ColumnarKnnInit(void);

/* vector_ops.c: distance kernel selection (GUC vecstore.distance_kernels) */
extern void VectorOpsInit(void);

#endif							/* VECSTORE_H */
