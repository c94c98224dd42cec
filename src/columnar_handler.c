/*-------------------------------------------------------------------------
 *
 * columnar_handler.c
 *	  The vecstore TableAmRoutine.  (Placeholder until the table AM lands.)
 *
 *-------------------------------------------------------------------------
 */
#include "compat.h"

#include "vecstore.h"

void
ColumnarInit(void)
{
}
