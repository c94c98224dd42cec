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

#include "distance.h"
#include "vecstore.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

void
_PG_init(void)
{
	DistanceInit();
	ColumnarInit();
}
