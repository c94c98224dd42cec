/*-------------------------------------------------------------------------
 *
 * columnar_am.h
 *	  Definitions private to the access-method half of the vecstore table
 *	  AM: the write buffer (columnar_writebuf.c), scans and TID fetches
 *	  (columnar_scan.c) and the TableAmRoutine (columnar_handler.c).
 *
 *-------------------------------------------------------------------------
 */
#ifndef VECSTORE_COLUMNAR_AM_H
#define VECSTORE_COLUMNAR_AM_H

#include "columnar.h"

#include "access/relscan.h"
#include "access/tableam.h"
#include "executor/tuptable.h"
#include "nodes/execnodes.h"
#include "nodes/plannodes.h"

/* at most this many rows in one chunk group */
#define COLUMNAR_CHUNK_GROUP_ROWS	10000

/* a level's open stripe is ended after this many chunk groups */
#define COLUMNAR_STRIPE_CHUNK_GROUPS	16

/* GUC vecstore.write_buffer_size, bytes */
extern int	columnar_write_buffer_size;

/* GUC vecstore.chunk_group_size, bytes of buffered rows per chunk group */
#define COLUMNAR_CHUNK_GROUP_SIZE_DEFAULT	(4 * 1024 * 1024)
extern int	columnar_chunk_group_size;

/* slot type of vecstore tables: virtual, but copies carry t_self */
extern TupleTableSlotOps ColumnarSlotOps;

/*
 * Command ids of this transaction's own rows in one relfilenode: runs of
 * consecutive row numbers inserted with the same command id, ascending by
 * first row number.  A copy is taken by every scan.
 */
typedef struct ColumnarCidMapData
{
	int			nruns;
	RowNumber  *first;
	CommandId  *cid;
} ColumnarCidMapData;

typedef ColumnarCidMapData *ColumnarCidMap;

/* columnar_writebuf.c */
extern void ColumnarWriteBufInit(void);
extern void ColumnarBufferInsert(Relation rel, TupleTableSlot **slots,
								 int nslots, CommandId cid);
extern void ColumnarBufferInsertSpeculative(Relation rel, TupleTableSlot *slot,
											CommandId cid);
extern void ColumnarBufferCompleteSpeculative(Relation rel, ItemPointer tid,
											  bool succeeded);
extern void ColumnarFlushRelation(Relation rel);
extern void ColumnarFlushForSnapshot(Relation rel, Snapshot snapshot);
extern void ColumnarFlushForRow(Relation rel, RowNumber rownum);
extern void ColumnarDiscardRelation(Relation rel);
extern void ColumnarCloneRelationState(Relation rel,
									   const RelFileNode *newrnode);
extern ColumnarCidMap ColumnarCopyCidMap(Relation rel);
extern bool ColumnarCidMapVisible(ColumnarCidMap map, RowNumber rownum,
								  Snapshot snapshot);
extern int	ColumnarFetchBuffered(Relation rel, RowNumber rownum,
								  Snapshot snapshot, TupleTableSlot *slot);
extern double ColumnarBufferedRowCount(Relation rel);
extern TransactionId ColumnarBufferedRowXid(Relation rel, RowNumber rownum);

/* results of ColumnarFetchBuffered */
#define BUFFERED_NOT_HERE	0	/* not in this backend's buffer */
#define BUFFERED_VISIBLE	1	/* stored into slot */
#define BUFFERED_INVISIBLE	2	/* ours, but not visible to the snapshot */

/* columnar_scan.c */
extern int	columnar_fetch_cache_size;
extern void ColumnarScanInit(void);
extern void ColumnarIndexFetchSetAttrs(struct IndexFetchTableData *data,
									   Bitmapset *attrs);
extern TableScanDesc columnar_scan_begin(Relation rel, Snapshot snapshot,
										 int nkeys, struct ScanKeyData *key,
										 ParallelTableScanDesc pscan,
										 uint32 flags);
extern TableScanDesc ColumnarBeginScan(Relation rel, Snapshot snapshot,
									   int nkeys, struct ScanKeyData *key,
									   ParallelTableScanDesc pscan,
									   uint32 flags, Bitmapset *attrs);
extern void columnar_scan_end(TableScanDesc scan);
extern void ColumnarScanSetSkipFilter(TableScanDesc scan,
									  ColumnarSkipFilter filter);
extern void ColumnarScanChunkGroupCounts(TableScanDesc scan, uint64 *read,
										 uint64 *skipped);
extern void ColumnarRegisterParallelAttrs(Oid relid, Bitmapset *attrs);
extern Size columnar_parallelscan_estimate(Relation rel);
extern Size columnar_parallelscan_initialize(Relation rel,
											 ParallelTableScanDesc pscan);
extern void columnar_parallelscan_reinitialize(Relation rel,
											   ParallelTableScanDesc pscan);
extern void columnar_scan_rescan(TableScanDesc scan, struct ScanKeyData *key,
								 bool set_params, bool allow_strat,
								 bool allow_sync, bool allow_pagemode);
extern bool columnar_scan_getnextslot(TableScanDesc scan,
									  ScanDirection direction,
									  TupleTableSlot *slot);
extern struct IndexFetchTableData *columnar_index_fetch_begin(Relation rel);
extern void columnar_index_fetch_reset(struct IndexFetchTableData *data);
extern void columnar_index_fetch_end(struct IndexFetchTableData *data);
extern bool columnar_index_fetch_tuple(struct IndexFetchTableData *scan,
									   ItemPointer tid, Snapshot snapshot,
									   TupleTableSlot *slot,
									   bool *call_again, bool *all_dead);
extern bool columnar_tuple_fetch_row_version(Relation rel, ItemPointer tid,
											 Snapshot snapshot,
											 TupleTableSlot *slot);
extern bool columnar_tuple_tid_valid(TableScanDesc scan, ItemPointer tid);
extern bool columnar_tuple_satisfies_snapshot(Relation rel,
											  TupleTableSlot *slot,
											  Snapshot snapshot);
extern bool columnar_scan_analyze_next_block(TableScanDesc scan,
											 BlockNumber blockno,
											 BufferAccessStrategy bstrategy);
extern bool columnar_scan_analyze_next_tuple(TableScanDesc scan,
											 TransactionId OldestXmin,
											 double *liverows,
											 double *deadrows,
											 TupleTableSlot *slot);
extern double columnar_index_build_range_scan(Relation table_rel,
											  Relation index_rel,
											  struct IndexInfo *index_info,
											  bool allow_sync,
											  bool anyvisible,
											  bool progress,
											  BlockNumber start_blockno,
											  BlockNumber numblocks,
											  IndexBuildCallback callback,
											  void *callback_state,
											  TableScanDesc scan);
extern double ColumnarCountRows(Relation rel);

/* columnar_handler.c */
extern Bitmapset *ColumnarScanNeededAttrs(Scan *scan, Node *extra, int natts);

#endif							/* VECSTORE_COLUMNAR_AM_H */
