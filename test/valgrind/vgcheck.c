/*
 * vgcheck.c: memcheck probes for the valgrind audit (test/valgrind/run).
 *
 * Debian's postgres is built without USE_VALGRIND, so it never asks memcheck
 * whether a page or WAL payload is fully defined, and its own pwrite reports
 * are deduplicated per call stack.  This file is linked only into the audit
 * build, with -Wl,--wrap for the page-writing calls vecstore makes; each
 * wrapper asks memcheck whether the bytes being handed to PostgreSQL are
 * defined (so the error stack names the vecstore caller), logs the first
 * undefined offset, and then calls the real function.
 */
#include "postgres.h"

#include "fmgr.h"

#include <valgrind/memcheck.h>

#include "access/generic_xlog.h"
#include "access/xloginsert.h"
#include "storage/bufmgr.h"
#include "storage/bufpage.h"
#include "storage/smgr.h"

#define VGCHECK_MAX_PAGES 64

static GenericXLogState *vgcheck_state;
static Page vgcheck_pages[VGCHECK_MAX_PAGES];
static int	vgcheck_npages;

static void
VgCheck(const void *p, Size len, const char *what)
{
	uintptr_t	bad;

	if (!RUNNING_ON_VALGRIND)
		return;
	bad = VALGRIND_CHECK_MEM_IS_DEFINED(p, len);
	if (bad != 0)
		elog(LOG, "vgcheck: %s: undefined byte at offset %d of %zu",
			 what, (int) (bad - (uintptr_t) p), len);
}

extern void __real_MarkBufferDirty(Buffer buffer);
extern void __wrap_MarkBufferDirty(Buffer buffer);
void
__wrap_MarkBufferDirty(Buffer buffer)
{
	VgCheck(BufferGetPage(buffer), BLCKSZ, "MarkBufferDirty page");
	__real_MarkBufferDirty(buffer);
}

extern void __real_XLogRegisterBuffer(uint8 block_id, Buffer buffer, uint8 flags);
extern void __wrap_XLogRegisterBuffer(uint8 block_id, Buffer buffer, uint8 flags);
void
__wrap_XLogRegisterBuffer(uint8 block_id, Buffer buffer, uint8 flags)
{
	VgCheck(BufferGetPage(buffer), BLCKSZ, "XLogRegisterBuffer page");
	__real_XLogRegisterBuffer(block_id, buffer, flags);
}

extern XLogRecPtr __real_log_newpage(RelFileNode *rnode, ForkNumber forkNum,
									 BlockNumber blk, Page page, bool page_std);
extern XLogRecPtr __wrap_log_newpage(RelFileNode *rnode, ForkNumber forkNum,
									 BlockNumber blk, Page page, bool page_std);
XLogRecPtr
__wrap_log_newpage(RelFileNode *rnode, ForkNumber forkNum, BlockNumber blk,
				   Page page, bool page_std)
{
	VgCheck(page, BLCKSZ, "log_newpage page");
	return __real_log_newpage(rnode, forkNum, blk, page, page_std);
}

extern void __real_smgrextend(SMgrRelation reln, ForkNumber forknum,
							  BlockNumber blocknum, char *buffer, bool skipFsync);
extern void __wrap_smgrextend(SMgrRelation reln, ForkNumber forknum,
							  BlockNumber blocknum, char *buffer, bool skipFsync);
void
__wrap_smgrextend(SMgrRelation reln, ForkNumber forknum, BlockNumber blocknum,
				  char *buffer, bool skipFsync)
{
	VgCheck(buffer, BLCKSZ, "smgrextend page");
	__real_smgrextend(reln, forknum, blocknum, buffer, skipFsync);
}

extern OffsetNumber __real_PageAddItemExtended(Page page, Item item, Size size,
											   OffsetNumber offsetNumber, int flags);
extern OffsetNumber __wrap_PageAddItemExtended(Page page, Item item, Size size,
											   OffsetNumber offsetNumber, int flags);
OffsetNumber
__wrap_PageAddItemExtended(Page page, Item item, Size size,
						   OffsetNumber offsetNumber, int flags)
{
	VgCheck(item, size, "PageAddItem item");
	return __real_PageAddItemExtended(page, item, size, offsetNumber, flags);
}

extern Page __real_GenericXLogRegisterBuffer(GenericXLogState *state, Buffer buffer, int flags);
extern Page __wrap_GenericXLogRegisterBuffer(GenericXLogState *state, Buffer buffer, int flags);
Page
__wrap_GenericXLogRegisterBuffer(GenericXLogState *state, Buffer buffer, int flags)
{
	Page		page = __real_GenericXLogRegisterBuffer(state, buffer, flags);

	if (state != vgcheck_state)
	{
		vgcheck_state = state;
		vgcheck_npages = 0;
	}
	if (vgcheck_npages < VGCHECK_MAX_PAGES)
		vgcheck_pages[vgcheck_npages++] = page;
	return page;
}

extern XLogRecPtr __real_GenericXLogFinish(GenericXLogState *state);
extern XLogRecPtr __wrap_GenericXLogFinish(GenericXLogState *state);
XLogRecPtr
__wrap_GenericXLogFinish(GenericXLogState *state)
{
	if (state == vgcheck_state)
	{
		for (int i = 0; i < vgcheck_npages; i++)
			VgCheck(vgcheck_pages[i], BLCKSZ, "GenericXLogFinish page");
		vgcheck_state = NULL;
		vgcheck_npages = 0;
	}
	return __real_GenericXLogFinish(state);
}

extern void __real_GenericXLogAbort(GenericXLogState *state);
extern void __wrap_GenericXLogAbort(GenericXLogState *state);
void
__wrap_GenericXLogAbort(GenericXLogState *state)
{
	if (state == vgcheck_state)
	{
		vgcheck_state = NULL;
		vgcheck_npages = 0;
	}
	__real_GenericXLogAbort(state);
}

/*
 * Positive control, called by test/valgrind/run before the scripts: a fresh
 * large palloc chunk is undefined, so this must produce one vgcheck report.
 */
PG_FUNCTION_INFO_V1(vgcheck_selftest);
extern Datum vgcheck_selftest(PG_FUNCTION_ARGS);
Datum
vgcheck_selftest(PG_FUNCTION_ARGS)
{
	char	   *p = palloc(2 * BLCKSZ);

	memset(p, 0, 100);
	VgCheck(p, BLCKSZ, "selftest (expected)");
	pfree(p);
	PG_RETURN_BOOL(RUNNING_ON_VALGRIND != 0);
}
