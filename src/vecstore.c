/*-------------------------------------------------------------------------
 *
 * vecstore.c
 *	  Module entry point: registers GUCs and hooks of every part of the
 *	  extension when the library is loaded.
 *
 *-------------------------------------------------------------------------
 */
#include "compat.h"

#include "fmgr.h"

#include "vecstore.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

void
_PG_init(void)
{
	VectorOpsInit();
	ColumnarInit();
	ColumnarSkipScanInit();		/* after ColumnarInit: its path hook first */
	IvfInit();
	ColumnarKnnInit();
}
