/*-------------------------------------------------------------------------
 *
 * columnar_directory.c
 *	  The stripe directory of a vecstore table: fixed-size entries in
 *	  directory pages chained from the metapage, recording row-number
 *	  reservations and data stripes with the (sub)transaction owning them.
 *
 * Locking: an append holds the metapage exclusively, then the last
 * directory page (and a new one when that is full); a small stripe locks
 * its data pages before the last directory page (after the metapage when
 * it renews its backend's run; appended into the run, it does not touch
 * the metapage); in-place updates hold the metapage, then one directory
 * page.  Readers hold one share lock at a time.  So the order is always
 * metapage, data pages, directory pages, and no buffer lock is held while
 * waiting for the extension lock: a new directory page is reserved and
 * created first, then linked.
 *
 * Crash safety: a stripe's data is written before its entry, or in the
 * same WAL record, so a crash leaves at most unreferenced bytes.  Every
 * change but a small stripe appended into a backend's run of reserved
 * bytes (AppendInRun) bumps the metapage's dirChangeCount; together with
 * the last directory page's entry count, which such an append raises, it
 * validates this backend's cached copy.
 *
 *-------------------------------------------------------------------------
 */
#include "compat.h"

#include "access/generic_xlog.h"
#include "access/transam.h"
#include "access/xact.h"
#include "storage/procarray.h"
#include "utils/inval.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"

#include "columnar.h"
#include "columnar_storage.h"

/* the directory of one storage, cached for ColumnarFindStripe */
typedef struct DirectoryCache
{
	MemoryContext cxt;
	RelFileNode node;
	uint64		storageId;
	uint64		changeCount;
	uint64		updateCount;
	BlockNumber lastBlk;		/* where the last walk ended */
	int			lastCount;
	int			nentries;
	StripeEntry entries;		/* sorted by firstRow */
	RowNumber  *maxLastRow;		/* max lastRow of entries[0..i] */
} DirectoryCache;

static DirectoryCache dircache;

void
ColumnarDirEntryToStripe(const ColumnarDirEntry *d, uint64 id, StripeEntry s)
{
	s->kind = (StripeKind) d->kind;
	s->flags = d->flags;
	s->xmin = d->xmin;
	s->xmax = d->xmax;
	s->firstRow = d->firstRow;
	s->lastRow = d->lastRow;
	s->rowCount = d->rowCount;
	s->chunkGroupCount = d->chunkGroupCount;
	s->dataOffset = d->dataOffset;
	s->dataLength = d->dataLength;
	s->rawLength = d->rawLength;
	s->entryId = id;
}

void
ColumnarDirEntrySetCrc(ColumnarDirEntry *e)
{
	e->crc = 0;
	e->crc = ColumnarCrc(e, sizeof(ColumnarDirEntry));
}

bool
ColumnarDirEntryCrcOk(const ColumnarDirEntry *e)
{
	ColumnarDirEntry copy = *e;

	copy.crc = 0;
	return ColumnarCrc(&copy, sizeof(copy)) == e->crc;
}

static void
CheckDirPage(Relation rel, Buffer buf)
{
	Page		page = BufferGetPage(buf);

	if (PageIsNew(page) ||
		DirPageHeader(page)->magic != COLUMNAR_DIR_MAGIC ||
		DirPageHeader(page)->nentries > DIR_ENTRIES_PER_PAGE)
	{
		BlockNumber blk = BufferGetBlockNumber(buf);

		UnlockReleaseBuffer(buf);
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("vecstore table \"%s\" is damaged: block %u is not a directory page",
						RelationGetRelationName(rel), blk)));
	}
}

/*
 * Errors out on a directory page link that cannot be right.  Pages are
 * linked while we walk, so a block beyond the size we knew is checked
 * again against the current size first.
 */
static void
CheckDirLink(Relation rel, BlockNumber blk, BlockNumber *nblocks,
			 BlockNumber visited)
{
	if (blk != COLUMNAR_METAPAGE_BLKNO && blk < *nblocks && visited <= *nblocks)
		return;
	*nblocks = RelationGetNumberOfBlocks(rel);
	if (blk == COLUMNAR_METAPAGE_BLKNO || blk >= *nblocks || visited > *nblocks)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("vecstore table \"%s\" is damaged: bad directory page link %u",
						RelationGetRelationName(rel), blk)));
}

/*
 * Logs a directory page's new header and entry slot (the header's
 * nentries already counting it) and raises pd_lower over the entry.  The
 * slot lies above pd_lower, where pages hold zeroes (replay zeroes that
 * hole, and so does ColumnarWalFinish), so only the entry's non-zero bytes
 * are logged: small numbers leave most of an entry zero.
 */
static void
PutDirEntry(ColumnarWal w, int id, Page page, ColumnarDirPageHeader *hdr,
			int slot, ColumnarDirEntry *ent)
{
	ColumnarDirEntry *entries = DirPageEntries(page);

	ColumnarWalPutDiff(w, id, (char *) DirPageHeader(page) - (char *) page,
					   hdr, sizeof(*hdr));
	ColumnarWalPutDiff(w, id, (char *) &entries[slot] - (char *) page,
					   ent, sizeof(*ent));
	ColumnarWalRaiseLower(w, id, (char *) &entries[slot + 1] - (char *) page);
}

/*
 * Appends an entry, reserving reserve_rows row numbers for it first if that
 * is not zero.  Returns the entry's id; ent->firstRow/lastRow are set for a
 * reservation.
 */
static uint64
DirectoryAppend(Relation rel, ColumnarDirEntry *ent, uint64 reserve_rows)
{
	BlockNumber newblk = InvalidBlockNumber;

	for (;;)
	{
		Buffer		metabuf;
		Buffer		dirbuf = InvalidBuffer;
		Buffer		newbuf = InvalidBuffer;
		ColumnarMetaPageData *meta;
		bool		room = false;
		Page		target;
		BlockNumber targetblk;
		int			slot;

		metabuf = ColumnarReadMetapage(rel, BUFFER_LOCK_EXCLUSIVE);
		meta = ColumnarPageGetMeta(BufferGetPage(metabuf));
		if (meta->lastDirPage != InvalidBlockNumber)
		{
			dirbuf = ReadBuffer(rel, meta->lastDirPage);
			LockBuffer(dirbuf, BUFFER_LOCK_EXCLUSIVE);
			CheckDirPage(rel, dirbuf);
			room = DirPageHeader(BufferGetPage(dirbuf))->nentries <
				DIR_ENTRIES_PER_PAGE;
		}

		if (reserve_rows > 0 &&
			(reserve_rows > MaxRowNumber ||
			 meta->nextRowNumber > MaxRowNumber - reserve_rows + 1))
		{
			if (BufferIsValid(dirbuf))
				UnlockReleaseBuffer(dirbuf);
			UnlockReleaseBuffer(metabuf);
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("vecstore table \"%s\" has no row numbers left",
							RelationGetRelationName(rel))));
		}

		/*
		 * A transaction reserving again right after its own last
		 * reservation (nobody reserved in between) extends that entry
		 * instead of adding one: a bulk load keeps one reservation entry.
		 */
		if (reserve_rows > 0 && BufferIsValid(dirbuf) &&
			DirPageHeader(BufferGetPage(dirbuf))->nentries > 0)
		{
			Page		dpage = BufferGetPage(dirbuf);
			int			last = DirPageHeader(dpage)->nentries - 1;
			ColumnarDirEntry *e = &DirPageEntries(dpage)[last];

			if (e->kind == STRIPE_RESERVATION &&
				TransactionIdEquals(e->xmin, ent->xmin) &&
				e->lastRow + 1 == meta->nextRowNumber)
			{
				ColumnarWal w = ColumnarWalStart(rel);
				int			mid = ColumnarWalAddPage(w, metabuf, false);
				int			did = ColumnarWalAddPage(w, dirbuf, false);
				ColumnarMetaPageData newmeta = *meta;
				ColumnarDirEntry newe = *e;

				ent->firstRow = newmeta.nextRowNumber;
				ent->lastRow = newmeta.nextRowNumber + reserve_rows - 1;
				newe.lastRow = ent->lastRow;
				ColumnarDirEntrySetCrc(&newe);
				newmeta.nextRowNumber += reserve_rows;
				newmeta.dirChangeCount++;
				ColumnarMetaSetCrc(&newmeta);
				ColumnarWalPutMeta(w, mid, &newmeta);
				ColumnarWalPutDiff(w, did, (char *) e - (char *) dpage,
								   &newe, sizeof(newe));
				ColumnarWalFinish(w);
				targetblk = BufferGetBlockNumber(dirbuf);
				UnlockReleaseBuffer(dirbuf);
				UnlockReleaseBuffer(metabuf);
				return MakeEntryId(targetblk, last);
			}
		}

		if (!room && newblk == InvalidBlockNumber)
		{
			/*
			 * Reserve and create a new directory page with no lock held,
			 * then start over; by then another backend may have made room,
			 * and the page we reserved stays unused.
			 */
			if (BufferIsValid(dirbuf))
				UnlockReleaseBuffer(dirbuf);
			UnlockReleaseBuffer(metabuf);
			newblk = LogicalOffsetBlock(ColumnarReserveBytes(rel, COLUMNAR_USABLE,
															 true));
			ColumnarEnsureBlocks(rel, newblk);
			continue;
		}

		{
			ColumnarWal w = ColumnarWalStart(rel);
			int			mid = ColumnarWalAddPage(w, metabuf, false);
			int			tid;
			ColumnarMetaPageData newmeta = *meta;
			ColumnarDirPageHeader newhdr;

			if (room)
			{
				tid = ColumnarWalAddPage(w, dirbuf, false);
				target = BufferGetPage(dirbuf);
				targetblk = BufferGetBlockNumber(dirbuf);
				newhdr = *DirPageHeader(target);
			}
			else
			{
				newbuf = ReadBuffer(rel, newblk);
				LockBuffer(newbuf, BUFFER_LOCK_EXCLUSIVE);
				if (BufferIsValid(dirbuf))
				{
					Page		old = BufferGetPage(dirbuf);
					int			oid = ColumnarWalAddPage(w, dirbuf, false);
					ColumnarDirPageHeader oldhdr = *DirPageHeader(old);

					oldhdr.next = newblk;
					ColumnarWalPutDiff(w, oid, (char *) DirPageHeader(old) - (char *) old,
									   &oldhdr, sizeof(oldhdr));
				}
				tid = ColumnarWalAddPage(w, newbuf, true);
				target = BufferGetPage(newbuf);
				memset(&newhdr, 0, sizeof(newhdr));
				newhdr.magic = COLUMNAR_DIR_MAGIC;
				newhdr.nentries = 0;
				newhdr.next = InvalidBlockNumber;
				newhdr.reserved = 0;
				if (newmeta.firstDirPage == InvalidBlockNumber)
					newmeta.firstDirPage = newblk;
				newmeta.lastDirPage = newblk;
				newmeta.dirPageCount++;
				targetblk = newblk;
			}

			if (reserve_rows > 0)
			{
				ent->firstRow = newmeta.nextRowNumber;
				ent->lastRow = newmeta.nextRowNumber + reserve_rows - 1;
				newmeta.nextRowNumber += reserve_rows;
			}
			slot = newhdr.nentries++;
			ColumnarDirEntrySetCrc(ent);
			PutDirEntry(w, tid, target, &newhdr, slot, ent);
			newmeta.entryCount++;
			newmeta.dirChangeCount++;
			ColumnarMetaSetCrc(&newmeta);
			ColumnarWalPutMeta(w, mid, &newmeta);
			ColumnarWalFinish(w);
		}
		if (BufferIsValid(newbuf))
			UnlockReleaseBuffer(newbuf);
		if (BufferIsValid(dirbuf))
			UnlockReleaseBuffer(dirbuf);
		UnlockReleaseBuffer(metabuf);

		return MakeEntryId(targetblk, slot);
	}
}

RowNumber
ColumnarReserveRowNumbers(Relation rel, uint64 count, TransactionId xid)
{
	ColumnarDirEntry ent;

	if (count == 0)
		elog(ERROR, "cannot reserve zero row numbers");

	memset(&ent, 0, sizeof(ent));
	ent.kind = STRIPE_RESERVATION;
	ent.xmin = xid;
	ent.xmax = InvalidTransactionId;
	DirectoryAppend(rel, &ent, count);
	return ent.firstRow;
}

RowNumber
ColumnarReserveRowNumbersNoEntry(Relation rel, uint64 count)
{
	Buffer		metabuf;
	ColumnarMetaPageData *meta;
	RowNumber	first;

	if (count == 0)
		elog(ERROR, "cannot reserve zero row numbers");
	metabuf = ColumnarReadMetapage(rel, BUFFER_LOCK_EXCLUSIVE);
	meta = ColumnarPageGetMeta(BufferGetPage(metabuf));
	if (count > MaxRowNumber || meta->nextRowNumber > MaxRowNumber - count + 1)
	{
		UnlockReleaseBuffer(metabuf);
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("vecstore table \"%s\" has no row numbers left",
						RelationGetRelationName(rel))));
	}
	{
		ColumnarWal w = ColumnarWalStart(rel);
		int			id = ColumnarWalAddPage(w, metabuf, false);
		ColumnarMetaPageData newmeta = *meta;

		first = newmeta.nextRowNumber;
		newmeta.nextRowNumber += count;
		ColumnarMetaSetCrc(&newmeta);
		ColumnarWalPutMeta(w, id, &newmeta);
		ColumnarWalFinish(w);
	}
	UnlockReleaseBuffer(metabuf);
	return first;
}

/* Adds the entry of a data stripe whose body is on disk; sets entryId. */
/* The on-disk directory entry of a data stripe described by entry. */
static void
DataEntryFromStripe(ColumnarDirEntry *ent, StripeEntry entry)
{
	memset(ent, 0, sizeof(*ent));
	ent->kind = STRIPE_DATA;
	ent->flags = (uint16) entry->flags;
	ent->chunkGroupCount = entry->chunkGroupCount;
	ent->xmin = entry->xmin;
	ent->xmax = InvalidTransactionId;
	ent->firstRow = entry->firstRow;
	ent->lastRow = entry->lastRow;
	ent->rowCount = entry->rowCount;
	ent->dataOffset = entry->dataOffset;
	ent->dataLength = entry->dataLength;
	ent->rawLength = entry->rawLength;
}

void
ColumnarAppendDataEntry(Relation rel, StripeEntry entry)
{
	ColumnarDirEntry ent;

	DataEntryFromStripe(&ent, entry);
	entry->entryId = DirectoryAppend(rel, &ent, 0);
}

/*
 * Blocks added ahead by a small stripe that needed a new block, so that
 * concurrent small commits rarely queue for the extension lock; small
 * tables stay small.
 */
#define SMALL_STRIPE_EXTEND_AHEAD	8

/*
 * Times a small stripe adds missing blocks and tries again: the end of the
 * reserved space moves on while it waits for the extension lock (by up to
 * a run per concurrent writer), and giving up takes the general path,
 * which costs a stripe index, three WAL records and often a wasted page.
 */
#define SMALL_STRIPE_ATTEMPTS	8

/*
 * Logical bytes this backend reserved ahead for its small stripes in one
 * storage, so that most small commits leave the metapage alone: no
 * exclusive lock on it (the point every writer of the table queues on)
 * and no change of it in the commit's WAL record.  A run grows with the
 * number of small stripes the backend wrote to the storage (the first one
 * reserves exactly its length, so a one-commit session wastes nothing),
 * up to SMALL_RUN_MAX; bytes left in a run when the backend goes are never
 * used, like those of an aborted write.
 */
typedef struct SmallRun
{
	Oid			relid;
	RelFileNode node;
	uint64		storageId;		/* tells a recreated storage apart */
	uint64		next;			/* first unused byte */
	uint64		end;
	uint64		count;			/* small stripes written to the storage */
	BlockNumber dirblk;			/* a directory page, the last one when seen */
	bool		indexed;		/* small stripes keep their index (version 1) */
} SmallRun;

static SmallRun smallRun;

/*
 * The run outlives no change of its relation's storage: every such change
 * (TRUNCATE, rewrites, DROP, even of another backend) sends a relcache
 * invalidation, received before the relation is next opened, or happens
 * in place in this backend (ColumnarForgetSmallRun).  So a run that
 * matches the relation and its relfilenode still lies in its storage, and
 * appending to it needs no look at the metapage.
 */
static void
ForgetSmallRun(Datum arg, Oid relid)
{
	if (relid == InvalidOid || relid == smallRun.relid)
		memset(&smallRun, 0, sizeof(smallRun));
}

void
ColumnarForgetSmallRun(void)
{
	memset(&smallRun, 0, sizeof(smallRun));
}

void
ColumnarDirectoryInit(void)
{
	CacheRegisterRelcacheCallback(ForgetSmallRun, (Datum) 0);
}

static void AddDirectoryPage(Relation rel);
static bool AppendRenewingRun(Relation rel, StripeEntry entry, char *body,
							  uint64 fulllen, uint64 indexlen,
							  ColumnarPlaceFunc place, void *arg, bool *full);

#define SMALL_RUN_MAX	(2 * COLUMNAR_USABLE)

/* makes sure block last exists, adding some ahead; no buffer lock held */
static void
EnsureSmallStripeBlocks(Relation rel, BlockNumber last)
{
	BlockNumber nblocks;

	if (ColumnarBlockExists(rel, last))
		return;
	nblocks = RelationGetNumberOfBlocks(rel);
	ColumnarEnsureBlocks(rel, last + Min(SMALL_STRIPE_EXTEND_AHEAD,
										 nblocks / 16));
}

/*
 * A small stripe is written in one WAL record with its entry, in two
 * halves, so that the last directory page, which every small commit of the
 * table locks exclusively, is held only for the entry and the record's
 * insertion: BeginSmallStripe locks the data pages and logs the body (and
 * the metapage, if metabuf is valid: newmeta is its new contents, CRC
 * aside) before the directory page is locked; FinishSmallStripe adds the
 * entry to that page and writes the record; AbandonSmallStripe gives up
 * instead, having changed nothing.
 */
typedef struct SmallStripeWrite
{
	ColumnarWal w;
	Buffer		bufs[2];
	int			nbufs;
} SmallStripeWrite;

static void
BeginSmallStripe(Relation rel, Buffer metabuf, ColumnarMetaPageData *newmeta,
				 uint64 offset, const char *body, uint64 len,
				 SmallStripeWrite *s)
{
	BlockNumber first = LogicalOffsetBlock(offset);
	BlockNumber last = LogicalOffsetBlock(offset + len - 1);
	const char *src = body;

	/* the body's pages, which exist */
	s->nbufs = 0;
	for (BlockNumber blk = first; blk <= last; blk++)
	{
		s->bufs[s->nbufs] = ReadBuffer(rel, blk);
		LockBuffer(s->bufs[s->nbufs], BUFFER_LOCK_EXCLUSIVE);
		s->nbufs++;
	}

	s->w = ColumnarWalStart(rel);
	if (BufferIsValid(metabuf))
	{
		int			mid = ColumnarWalAddPage(s->w, metabuf, false);

		ColumnarMetaSetCrc(newmeta);
		ColumnarWalPutMeta(s->w, mid, newmeta);
	}
	for (int i = 0; i < s->nbufs; i++)
	{
		int			id = ColumnarWalAddPage(s->w, s->bufs[i],
											PageIsNew(BufferGetPage(s->bufs[i])));
		uint32		pos = LogicalOffsetInPage(offset);
		uint32		n = Min(len - (src - body), BLCKSZ - pos);

		ColumnarWalPut(s->w, id, pos, src, n);
		ColumnarWalRaiseLower(s->w, id, pos + n);
		src += n;
		offset += n;
	}
	Assert(src == body + len);
}

/* entry into the last directory page dirbuf, locked exclusively; its slot */
static int
FinishSmallStripe(SmallStripeWrite *s, Buffer dirbuf, ColumnarDirEntry *ent)
{
	Page		dpage = BufferGetPage(dirbuf);
	ColumnarDirPageHeader newhdr = *DirPageHeader(dpage);
	int			did = ColumnarWalAddPage(s->w, dirbuf, false);
	int			slot = newhdr.nentries++;

	PutDirEntry(s->w, did, dpage, &newhdr, slot, ent);
	ColumnarWalFinish(s->w);
	for (int i = 0; i < s->nbufs; i++)
		UnlockReleaseBuffer(s->bufs[i]);
	return slot;
}

static void
AbandonSmallStripe(SmallStripeWrite *s)
{
	for (int i = 0; i < s->nbufs; i++)
		UnlockReleaseBuffer(s->bufs[i]);
	s->nbufs = 0;
}

/*
 * ColumnarAppendSmallStripe into this backend's run, without touching the
 * metapage (see ForgetSmallRun): the last directory page is found from the
 * one the run last saw, by the directory's links.  The directory page and
 * the data pages are locked exclusively.  The entry does not bump
 * dirChangeCount: readers notice it by the last directory page's entry
 * count (RefreshDirectoryCache).  False, having changed nothing, if the
 * run cannot take the stripe (*full set if the last directory page is
 * full).
 */
static bool
AppendInRun(Relation rel, StripeEntry entry, char *body, uint64 fulllen,
			uint64 indexlen, ColumnarPlaceFunc place, void *arg, bool *full)
{
	BlockNumber dirblk = smallRun.dirblk;
	bool		indexed = smallRun.indexed;
	uint64		len;
	uint64		offset;
	Buffer		dirbuf;
	Page		dpage;
	ColumnarDirEntry ent;
	int			slot;
	SmallStripeWrite sw;

	if (smallRun.relid != RelationGetRelid(rel) ||
		!RelFileNodeEquals(smallRun.node, rel->rd_node) ||
		smallRun.next >= smallRun.end)
		return false;
	len = indexed ? fulllen : fulllen - indexlen;
	if (dirblk == InvalidBlockNumber || len > smallRun.end - smallRun.next)
		return false;
	offset = smallRun.next;
	EnsureSmallStripeBlocks(rel, LogicalOffsetBlock(offset + len - 1));

	/*
	 * Everything that does not need the last directory page is done before
	 * its exclusive lock, which every small commit of the table queues on:
	 * the body and the entry are final (their place in the run is known),
	 * and the data pages are locked and their part of the record built.
	 */
	place(body, offset, indexed, entry, arg);
	DataEntryFromStripe(&ent, entry);
	ColumnarDirEntrySetCrc(&ent);
	BeginSmallStripe(rel, InvalidBuffer, NULL, offset, body, len, &sw);

	/* the last directory page, following links from the one last seen */
	for (;;)
	{
		BlockNumber next;

		dirbuf = ReadBuffer(rel, dirblk);
		LockBuffer(dirbuf, BUFFER_LOCK_EXCLUSIVE);
		CheckDirPage(rel, dirbuf);
		dpage = BufferGetPage(dirbuf);
		next = DirPageHeader(dpage)->next;
		if (next == InvalidBlockNumber)
			break;
		UnlockReleaseBuffer(dirbuf);
		if (next == COLUMNAR_METAPAGE_BLKNO || next <= dirblk)
		{
			/* not ours to judge: the general path will */
			AbandonSmallStripe(&sw);
			return false;
		}
		dirblk = next;
	}
	if (DirPageHeader(dpage)->nentries >= DIR_ENTRIES_PER_PAGE)
	{
		*full = true;
		UnlockReleaseBuffer(dirbuf);
		AbandonSmallStripe(&sw);
		return false;
	}

	slot = FinishSmallStripe(&sw, dirbuf, &ent);
	UnlockReleaseBuffer(dirbuf);

	smallRun.next = offset + len;
	smallRun.count++;
	smallRun.dirblk = dirblk;
	entry->entryId = MakeEntryId(dirblk, slot);
	return true;
}

/*
 * Writes a small stripe body (at most COLUMNAR_USABLE bytes, so at most two
 * pages) and appends its directory entry in one WAL record: a transaction
 * writing a few rows pays one record at commit instead of three.  The
 * record is atomic, so data and entry appear together.  The body goes
 * into this backend's run of reserved bytes (AppendInRun) if it fits;
 * else the run is renewed under the metapage's exclusive lock, in the same
 * record.  The body ends with a stripe index of indexlen bytes, written
 * only to tables of format version 1 (from version 2 on, the entry points
 * at the chunk group itself).  place() fills in the body's logical offsets
 * and sets entry->dataOffset / dataLength / flags once the offset and the
 * layout are known; it may run more than once (with other offsets), and
 * under buffer locks, and must not fail.
 * A full last directory page gets a new one (AddDirectoryPage).  Returns
 * false, having changed nothing, when blocks are still missing after
 * SMALL_STRIPE_ATTEMPTS tries or the table has no directory page yet: the
 * caller then takes the general path.
 */
bool
ColumnarAppendSmallStripe(Relation rel, StripeEntry entry, char *body,
						  uint64 len, uint64 indexlen,
						  ColumnarPlaceFunc place, void *arg)
{
	if (len == 0 || len > COLUMNAR_USABLE || indexlen >= len)
		return false;
	for (int round = 0; round < 2; round++)
	{
		bool		full = false;

		if (AppendInRun(rel, entry, body, len, indexlen, place, arg, &full) ||
			(!full && AppendRenewingRun(rel, entry, body, len, indexlen,
										place, arg, &full)))
			return true;
		if (!full)
			break;
		AddDirectoryPage(rel);
	}
	return false;
}

/*
 * Adds an empty directory page after the last one if that is full (a
 * small stripe then needs no general path, whose stripe would sit alone on
 * the page the new directory page's alignment pads).  The page is
 * reserved and linked in one go under the metapage's lock, so that
 * backends finding the page full at once do not each leave a reserved
 * page unused; if its block is missing, it is added with no lock held and
 * the whole is tried again.
 */
static void
AddDirectoryPage(Relation rel)
{
	for (int attempt = 0; attempt < SMALL_STRIPE_ATTEMPTS; attempt++)
	{
		BlockNumber newblk;
		Buffer		metabuf;
		Buffer		dirbuf;
		Buffer		newbuf;
		ColumnarMetaPageData *meta;
		ColumnarMetaPageData newmeta;
		ColumnarDirPageHeader hdr;
		Page		dpage;
		Page		npage;
		ColumnarWal w;
		uint64		offset;
		int			mid;
		int			did;
		int			nid;

		metabuf = ColumnarReadMetapage(rel, BUFFER_LOCK_EXCLUSIVE);
		meta = ColumnarPageGetMeta(BufferGetPage(metabuf));
		offset = meta->logicalEnd;
		if (offset % COLUMNAR_USABLE != 0)
			offset += COLUMNAR_USABLE - offset % COLUMNAR_USABLE;
		newblk = LogicalOffsetBlock(offset);
		if (meta->lastDirPage == InvalidBlockNumber ||
			newblk >= MaxBlockNumber - 1 - SMALL_STRIPE_EXTEND_AHEAD)
		{
			UnlockReleaseBuffer(metabuf);
			return;
		}
		dirbuf = ReadBuffer(rel, meta->lastDirPage);
		LockBuffer(dirbuf, BUFFER_LOCK_EXCLUSIVE);
		CheckDirPage(rel, dirbuf);
		dpage = BufferGetPage(dirbuf);
		if (DirPageHeader(dpage)->nentries < DIR_ENTRIES_PER_PAGE)
		{
			/* someone made room meanwhile */
			UnlockReleaseBuffer(dirbuf);
			UnlockReleaseBuffer(metabuf);
			return;
		}
		if (!ColumnarBlockExists(rel, newblk))
		{
			UnlockReleaseBuffer(dirbuf);
			UnlockReleaseBuffer(metabuf);
			if (attempt == SMALL_STRIPE_ATTEMPTS - 1)
				return;
			EnsureSmallStripeBlocks(rel, newblk);
			continue;
		}
		newbuf = ReadBuffer(rel, newblk);
		LockBuffer(newbuf, BUFFER_LOCK_EXCLUSIVE);
		npage = BufferGetPage(newbuf);

		w = ColumnarWalStart(rel);
		mid = ColumnarWalAddPage(w, metabuf, false);
		did = ColumnarWalAddPage(w, dirbuf, false);
		nid = ColumnarWalAddPage(w, newbuf, true);
		hdr = *DirPageHeader(dpage);
		hdr.next = newblk;
		ColumnarWalPutDiff(w, did, (char *) DirPageHeader(dpage) - (char *) dpage,
						   &hdr, sizeof(hdr));
		memset(&hdr, 0, sizeof(hdr));
		hdr.magic = COLUMNAR_DIR_MAGIC;
		hdr.nentries = 0;
		hdr.next = InvalidBlockNumber;
		ColumnarWalPut(w, nid, (char *) DirPageHeader(npage) - (char *) npage,
					   &hdr, sizeof(hdr));
		ColumnarWalRaiseLower(w, nid,
							  (char *) DirPageEntries(npage) - (char *) npage);
		newmeta = *meta;
		newmeta.logicalEnd = offset + COLUMNAR_USABLE;
		newmeta.lastDirPage = newblk;
		newmeta.dirPageCount++;
		newmeta.dirChangeCount++;
		ColumnarMetaSetCrc(&newmeta);
		ColumnarWalPutMeta(w, mid, &newmeta);
		ColumnarWalFinish(w);

		UnlockReleaseBuffer(newbuf);
		UnlockReleaseBuffer(dirbuf);
		UnlockReleaseBuffer(metabuf);
		return;
	}
}

/*
 * ColumnarAppendSmallStripe under the metapage's exclusive lock, reserving
 * a new run for this backend (the stripe first).  *full is set if the
 * last directory page is full.
 */
static bool
AppendRenewingRun(Relation rel, StripeEntry entry, char *body,
				  uint64 fulllen, uint64 indexlen, ColumnarPlaceFunc place,
				  void *arg, bool *full)
{
	uint64		len;

	for (int attempt = 0; attempt < SMALL_STRIPE_ATTEMPTS; attempt++)
	{
		Buffer		metabuf;
		Buffer		dirbuf;
		ColumnarMetaPageData *meta;
		ColumnarMetaPageData newmeta;
		ColumnarDirEntry ent;
		BlockNumber last;
		BlockNumber dirblk;
		uint64		offset;
		uint64		runlen;
		uint64		count;
		int			slot;
		bool		indexed;
		SmallStripeWrite sw;

		metabuf = ColumnarReadMetapage(rel, BUFFER_LOCK_EXCLUSIVE);
		meta = ColumnarPageGetMeta(BufferGetPage(metabuf));
		indexed = meta->version < 2;
		len = indexed ? fulllen : fulllen - indexlen;
		offset = meta->logicalEnd;
		last = LogicalOffsetBlock(offset + len - 1);
		count = RelFileNodeEquals(smallRun.node, rel->rd_node) &&
			smallRun.storageId == meta->storageId ? smallRun.count : 0;
		runlen = Max(len, Min(len * (count + 1), SMALL_RUN_MAX));
		if (meta->lastDirPage == InvalidBlockNumber ||
			LogicalOffsetBlock(offset + runlen) >= MaxBlockNumber - 1 -
			SMALL_STRIPE_EXTEND_AHEAD)
		{
			UnlockReleaseBuffer(metabuf);
			return false;
		}
		if (!ColumnarBlockExists(rel, last))
		{
			/* never wait for the extension lock holding a buffer lock */
			UnlockReleaseBuffer(metabuf);
			if (attempt == SMALL_STRIPE_ATTEMPTS - 1)
				return false;
			EnsureSmallStripeBlocks(rel, last);
			continue;
		}

		place(body, offset, indexed, entry, arg);
		DataEntryFromStripe(&ent, entry);
		ColumnarDirEntrySetCrc(&ent);
		newmeta = *meta;
		newmeta.logicalEnd = offset + runlen;
		newmeta.entryCount++;
		newmeta.dirChangeCount++;
		BeginSmallStripe(rel, metabuf, &newmeta, offset, body, len, &sw);

		dirblk = meta->lastDirPage;
		dirbuf = ReadBuffer(rel, dirblk);
		LockBuffer(dirbuf, BUFFER_LOCK_EXCLUSIVE);
		CheckDirPage(rel, dirbuf);
		if (DirPageHeader(BufferGetPage(dirbuf))->nentries >= DIR_ENTRIES_PER_PAGE)
		{
			*full = true;
			UnlockReleaseBuffer(dirbuf);
			AbandonSmallStripe(&sw);
			UnlockReleaseBuffer(metabuf);
			return false;
		}
		slot = FinishSmallStripe(&sw, dirbuf, &ent);
		smallRun.relid = RelationGetRelid(rel);
		smallRun.node = rel->rd_node;
		smallRun.storageId = meta->storageId;
		smallRun.next = offset + len;
		smallRun.end = offset + runlen;
		smallRun.count = count + 1;
		smallRun.dirblk = dirblk;
		smallRun.indexed = indexed;
		UnlockReleaseBuffer(dirbuf);
		UnlockReleaseBuffer(metabuf);
		entry->entryId = MakeEntryId(dirblk, slot);
		return true;
	}
	return false;
}

static int
CompareEntries(const void *a, const void *b)
{
	const StripeEntryData *x = a;
	const StripeEntryData *y = b;

	if (x->firstRow != y->firstRow)
		return x->firstRow < y->firstRow ? -1 : 1;
	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	if (x->entryId != y->entryId)
		return x->entryId < y->entryId ? -1 : 1;
	return 0;
}

/*
 * Appends the entries in use from slot startslot of directory page
 * startblk on to *result (of *cap entries, grown as needed; unsorted), and
 * reports the last page and its slot count for a later walk from there.
 */
static void
WalkDirectory(Relation rel, BlockNumber startblk, int startslot,
			  StripeEntry *result, int *n, int *cap,
			  BlockNumber *lastblk, int *lastcount)
{
	BlockNumber nblocks = RelationGetNumberOfBlocks(rel);
	BlockNumber visited = 0;
	int			slot = startslot;

	*lastblk = InvalidBlockNumber;
	*lastcount = 0;
	for (BlockNumber blk = startblk; blk != InvalidBlockNumber;)
	{
		Buffer		buf;
		Page		page;
		ColumnarDirEntry *entries;
		int			count;

		CheckDirLink(rel, blk, &nblocks, ++visited);

		buf = ReadBuffer(rel, blk);
		LockBuffer(buf, BUFFER_LOCK_SHARE);
		CheckDirPage(rel, buf);
		page = BufferGetPage(buf);
		entries = DirPageEntries(page);
		count = DirPageHeader(page)->nentries;
		for (int i = slot; i < count; i++)
		{
			if (!ColumnarDirEntryCrcOk(&entries[i]))
			{
				UnlockReleaseBuffer(buf);
				ereport(ERROR,
						(errcode(ERRCODE_DATA_CORRUPTED),
						 errmsg("vecstore table \"%s\" is damaged: directory entry %u/%d fails its checksum",
								RelationGetRelationName(rel), blk, i)));
			}
			if (entries[i].kind == STRIPE_DEAD)
				continue;
			if ((entries[i].kind != STRIPE_RESERVATION &&
				 entries[i].kind != STRIPE_DATA) ||
				(entries[i].flags & ~STRIPE_NO_INDEX) != 0)
			{
				UnlockReleaseBuffer(buf);
				ereport(ERROR,
						(errcode(ERRCODE_DATA_CORRUPTED),
						 errmsg("vecstore table \"%s\" is damaged: directory entry %u/%d has kind %u flags %u",
								RelationGetRelationName(rel), blk, i,
								entries[i].kind, entries[i].flags)));
			}
			if (*n >= *cap)
			{
				*cap *= 2;
				*result = repalloc_huge(*result, *cap * sizeof(StripeEntryData));
			}
			ColumnarDirEntryToStripe(&entries[i], MakeEntryId(blk, i),
									 &(*result)[(*n)++]);
		}
		*lastblk = blk;
		*lastcount = Max(count, slot);
		slot = 0;
		blk = DirPageHeader(page)->next;
		UnlockReleaseBuffer(buf);
	}
}

/*
 * Reads the directory: all entries in use, sorted by firstRow (a
 * reservation before data stripes starting at the same row).  An entry
 * appended while we walk may be missed; it belongs to a transaction that
 * was running when we started, which is the same as reading a moment
 * earlier.
 */
StripeEntry
ColumnarReadDirectory(Relation rel, int *nentries)
{
	ColumnarMetaPageData meta;
	int			n = 0;
	int			cap;
	StripeEntry result;
	BlockNumber lastblk;
	int			lastcount;

	ColumnarMetaSnapshot(rel, &meta);
	cap = (int) Min(Max(meta.entryCount, 16), MaxAllocSize / sizeof(StripeEntryData));
	result = palloc(cap * sizeof(StripeEntryData));
	WalkDirectory(rel, meta.firstDirPage, 0, &result, &n, &cap,
				  &lastblk, &lastcount);
	qsort(result, n, sizeof(StripeEntryData), CompareEntries);
	*nentries = n;
	return result;
}

/*
 * Visibility of an entry.  Entries are never half-visible: a writer adds
 * the entry of a stripe after its data, in one WAL record.
 */
StripeVisibility
ColumnarStripeVisibility(StripeEntry stripe, Snapshot snapshot)
{
	TransactionId xid = stripe->xmin;

	if (!TransactionIdIsValid(xid))
		return STRIPE_INVISIBLE;
	if (!TransactionIdIsNormal(xid))
		return STRIPE_VISIBLE;	/* frozen or bootstrap */

	switch (snapshot->snapshot_type)
	{
		case SNAPSHOT_MVCC:
			if (TransactionIdIsCurrentTransactionId(xid))
				return STRIPE_VISIBLE_OWN;
			if (XidInMVCCSnapshot(xid, snapshot))
				return STRIPE_INVISIBLE;
			return TransactionIdDidCommit(xid) ? STRIPE_VISIBLE : STRIPE_INVISIBLE;

		case SNAPSHOT_SELF:
			if (TransactionIdIsCurrentTransactionId(xid))
				return STRIPE_VISIBLE;
			if (TransactionIdIsInProgress(xid))
				return STRIPE_INVISIBLE;
			return TransactionIdDidCommit(xid) ? STRIPE_VISIBLE : STRIPE_INVISIBLE;

		case SNAPSHOT_DIRTY:
			if (TransactionIdIsCurrentTransactionId(xid))
				return STRIPE_VISIBLE;
			if (TransactionIdIsInProgress(xid))
			{
				snapshot->xmin = xid;
				return STRIPE_VISIBLE;
			}
			return TransactionIdDidCommit(xid) ? STRIPE_VISIBLE : STRIPE_INVISIBLE;

		case SNAPSHOT_ANY:
		case SNAPSHOT_TOAST:
			return STRIPE_VISIBLE;

		case SNAPSHOT_NON_VACUUMABLE:
			if (TransactionIdIsCurrentTransactionId(xid) ||
				TransactionIdIsInProgress(xid))
				return STRIPE_VISIBLE;
			return TransactionIdDidCommit(xid) ? STRIPE_VISIBLE : STRIPE_INVISIBLE;

		case SNAPSHOT_HISTORIC_MVCC:
			break;
	}
	ereport(ERROR,
			(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
			 errmsg("vecstore tables do not support snapshot type %d",
					(int) snapshot->snapshot_type)));
	return STRIPE_INVISIBLE;	/* keep compiler quiet */
}

/*
 * True if entries were appended to the last directory page since the
 * cache was filled without bumping dirChangeCount (AppendInRun): its entry
 * count is then above the one the cache saw.
 */
static bool
DirectoryTailGrew(Relation rel, ColumnarMetaPageData *meta)
{
	Buffer		buf;
	uint32		n;

	if (meta->lastDirPage != dircache.lastBlk)
		return true;
	if (dircache.lastBlk == InvalidBlockNumber)
		return false;
	buf = ReadBuffer(rel, dircache.lastBlk);
	LockBuffer(buf, BUFFER_LOCK_SHARE);
	CheckDirPage(rel, buf);
	n = DirPageHeader(BufferGetPage(buf))->nentries;
	UnlockReleaseBuffer(buf);
	return n != (uint32) dircache.lastCount;
}

/*
 * (Re)loads the cached directory of rel if it changed since.  When entries
 * were only appended, reads just the new ones from where the last walk
 * ended, so that TID fetches stay cheap while others insert.  Counters are
 * taken from the metapage before the walk: changes during the walk only
 * make the cache look stale.
 */
static void
RefreshDirectoryCache(Relation rel)
{
	ColumnarMetaPageData meta;
	MemoryContext old;
	StripeEntry entries;
	int			n = 0;
	int			cap;
	BlockNumber lastblk;
	int			lastcount;
	bool		incremental = false;

	ColumnarMetaSnapshot(rel, &meta);
	if (dircache.cxt != NULL &&
		RelFileNodeEquals(dircache.node, rel->rd_node) &&
		dircache.storageId == meta.storageId)
	{
		if (dircache.changeCount == meta.dirChangeCount &&
			!DirectoryTailGrew(rel, &meta))
			return;
		incremental = dircache.updateCount == meta.dirUpdateCount &&
			dircache.lastBlk != InvalidBlockNumber;
	}

	if (dircache.cxt == NULL)
		dircache.cxt = AllocSetContextCreate(TopMemoryContext,
											 "vecstore directory cache",
											 ALLOCSET_DEFAULT_SIZES);
	/* invalid until filled completely, in case of an error below */
	memset(&dircache.node, 0, sizeof(RelFileNode));
	if (!incremental)
	{
		MemoryContextReset(dircache.cxt);
		dircache.nentries = 0;
		dircache.entries = NULL;
		dircache.maxLastRow = NULL;
	}
	else
	{
		/*
		 * The last page is read again from its start: its last entry may
		 * have been extended in place (a reservation).
		 */
		int			k = 0;

		for (int i = 0; i < dircache.nentries; i++)
			if (EntryIdBlock(dircache.entries[i].entryId) != dircache.lastBlk)
				dircache.entries[k++] = dircache.entries[i];
		dircache.nentries = k;
	}

	old = MemoryContextSwitchTo(dircache.cxt);
	cap = incremental ? 16 :
		(int) Min(Max(meta.entryCount, 16), MaxAllocSize / sizeof(StripeEntryData));
	entries = palloc(cap * sizeof(StripeEntryData));
	if (incremental)
		WalkDirectory(rel, dircache.lastBlk, 0,
					  &entries, &n, &cap, &lastblk, &lastcount);
	else
		WalkDirectory(rel, meta.firstDirPage, 0,
					  &entries, &n, &cap, &lastblk, &lastcount);
	qsort(entries, n, sizeof(StripeEntryData), CompareEntries);

	if (incremental && n > 0)
	{
		/* merge the new entries into the cached ones */
		int			total = dircache.nentries + n;
		StripeEntry merged = palloc(Max(total, 1) * sizeof(StripeEntryData));
		int			i = 0;
		int			j = 0;
		int			k = 0;

		while (i < dircache.nentries || j < n)
		{
			if (j >= n ||
				(i < dircache.nentries &&
				 CompareEntries(&dircache.entries[i], &entries[j]) <= 0))
				merged[k++] = dircache.entries[i++];
			else
				merged[k++] = entries[j++];
		}
		if (dircache.entries)
			pfree(dircache.entries);
		pfree(entries);
		entries = merged;
		n = total;
	}
	else if (incremental)
	{
		pfree(entries);
		entries = dircache.entries;
		n = dircache.nentries;
	}

	if (dircache.maxLastRow)
		pfree(dircache.maxLastRow);
	dircache.maxLastRow = palloc((n + 1) * sizeof(RowNumber));
	for (int i = 0; i < n; i++)
		dircache.maxLastRow[i] = Max(entries[i].lastRow,
									 i > 0 ? dircache.maxLastRow[i - 1] : 0);
	MemoryContextSwitchTo(old);

	dircache.entries = entries;
	dircache.nentries = n;
	dircache.storageId = meta.storageId;
	dircache.changeCount = meta.dirChangeCount;
	dircache.updateCount = meta.dirUpdateCount;
	if (lastblk != InvalidBlockNumber || !incremental)
	{
		dircache.lastBlk = lastblk;
		dircache.lastCount = lastcount;
	}
	dircache.node = rel->rd_node;
}

/*
 * The directory as ColumnarReadDirectory returns it, from this backend's
 * cache, read again only where it changed: scans and estimates of a table
 * of many small stripes then pay for one metapage read, not for the whole
 * directory.  Read-only; valid until the next call into this file.
 */
const StripeEntryData *
ColumnarReadDirectoryCached(Relation rel, int *nentries)
{
	RefreshDirectoryCache(rel);
	*nentries = dircache.nentries;
	return dircache.entries;
}

/*
 * Finds the entry for rownum: the data stripe holding it if there is one,
 * else the reservation covering it.  Ranges of entries may overlap: a
 * transaction's stripe spans the rows it got from several reservations,
 * and between them may lie rows reserved by another transaction, which
 * that one still buffers, or rows of one of its subtransactions, which are
 * in a stripe of their own.  Then the row maps of the stripes decide.
 */
bool
ColumnarFindStripe(Relation rel, RowNumber rownum, StripeEntryData *result)
{
	int			lo = 0;
	int			hi;
	int			ndata = 0;
	StripeEntry reservation = NULL;
	StripeEntry data = NULL;

	RefreshDirectoryCache(rel);

	/* last entry with firstRow <= rownum */
	hi = dircache.nentries - 1;
	while (lo <= hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (dircache.entries[mid].firstRow <= rownum)
			lo = mid + 1;
		else
			hi = mid - 1;
	}

	for (int i = hi; i >= 0 && dircache.maxLastRow[i] >= rownum; i--)
	{
		StripeEntry e = &dircache.entries[i];

		if (e->lastRow < rownum)
			continue;
		if (e->kind == STRIPE_RESERVATION)
			reservation = e;	/* reservations never overlap */
		else if (ndata++ == 0)
			data = e;
	}

	/*
	 * One data stripe, and the row was reserved by the same transaction (or
	 * by nobody we still know of): the row is in that stripe or nowhere.
	 */
	if (ndata > 1 ||
		(ndata == 1 && reservation != NULL &&
		 !TransactionIdEquals(reservation->xmin, data->xmin)))
	{
		/* look into the stripes; rare enough not to be worth caching */
		data = NULL;
		for (int i = hi; i >= 0 && dircache.maxLastRow[i] >= rownum; i--)
		{
			StripeEntry e = &dircache.entries[i];

			if (e->kind == STRIPE_DATA && e->lastRow >= rownum &&
				ColumnarStripeHasRow(rel, e, rownum))
			{
				data = e;
				break;
			}
		}
	}

	if (data != NULL)
		*result = *data;
	else if (reservation != NULL)
		*result = *reservation;
	else
		return false;
	return true;
}

/*
 * VACUUM: freezes the xids of committed stripes older than cutoff_xid,
 * forgets stripes of aborted transactions older than it (their xids must
 * not be looked up after relfrozenxid moves past them) and reservations of
 * all ended transactions; counts the rows of committed stripes.
 */
void
ColumnarFreezeDirectory(Relation rel, TransactionId cutoff_xid,
						double *live_rows)
{
	ColumnarMetaPageData metacopy;
	BlockNumber blk;
	BlockNumber nblocks = RelationGetNumberOfBlocks(rel);
	BlockNumber visited = 0;
	double		live = 0;

	ColumnarMetaSnapshot(rel, &metacopy);
	for (blk = metacopy.firstDirPage; blk != InvalidBlockNumber;)
	{
		Buffer		metabuf;
		Buffer		buf;
		Page		page;
		ColumnarDirEntry *entries;
		int			count;
		uint16		newkind[DIR_ENTRIES_PER_PAGE];
		TransactionId newxmin[DIR_ENTRIES_PER_PAGE];
		bool		changed = false;
		BlockNumber next;

		CheckDirLink(rel, blk, &nblocks, ++visited);

		metabuf = ColumnarReadMetapage(rel, BUFFER_LOCK_EXCLUSIVE);
		buf = ReadBuffer(rel, blk);
		LockBuffer(buf, BUFFER_LOCK_EXCLUSIVE);
		CheckDirPage(rel, buf);
		page = BufferGetPage(buf);
		entries = DirPageEntries(page);
		count = DirPageHeader(page)->nentries;
		next = DirPageHeader(page)->next;

		for (int i = 0; i < count; i++)
		{
			ColumnarDirEntry *e = &entries[i];
			TransactionId xid = e->xmin;

			if (!ColumnarDirEntryCrcOk(e))
			{
				UnlockReleaseBuffer(buf);
				UnlockReleaseBuffer(metabuf);
				ereport(ERROR,
						(errcode(ERRCODE_DATA_CORRUPTED),
						 errmsg("vecstore table \"%s\" is damaged: directory entry %u/%d fails its checksum",
								RelationGetRelationName(rel), blk, i)));
			}
			newkind[i] = e->kind;
			newxmin[i] = xid;
			if (e->kind == STRIPE_DEAD)
				continue;
			if (!TransactionIdIsNormal(xid))
			{
				if (e->kind == STRIPE_DATA && TransactionIdIsValid(xid))
					live += e->rowCount;
				else if (e->kind == STRIPE_RESERVATION)
					newkind[i] = STRIPE_DEAD;
				continue;
			}
			if (TransactionIdIsCurrentTransactionId(xid) ||
				TransactionIdIsInProgress(xid))
				continue;

			if (e->kind == STRIPE_RESERVATION)
				newkind[i] = STRIPE_DEAD;
			else if (TransactionIdDidCommit(xid))
			{
				live += e->rowCount;
				if (TransactionIdPrecedes(xid, cutoff_xid))
					newxmin[i] = FrozenTransactionId;
			}
			else if (TransactionIdPrecedes(xid, cutoff_xid))
				newkind[i] = STRIPE_DEAD;
		}
		for (int i = 0; i < count; i++)
			if (newkind[i] != entries[i].kind || newxmin[i] != entries[i].xmin)
				changed = true;

		if (changed)
		{
			GenericXLogState *state = GenericXLogStart(rel);
			ColumnarMetaPageData *meta;

			meta = ColumnarPageGetMeta(GenericXLogRegisterBuffer(state, metabuf, 0));
			page = GenericXLogRegisterBuffer(state, buf, 0);
			entries = DirPageEntries(page);
			for (int i = 0; i < count; i++)
			{
				if (newkind[i] == entries[i].kind &&
					newxmin[i] == entries[i].xmin)
					continue;
				entries[i].kind = newkind[i];
				entries[i].xmin = newxmin[i];
				ColumnarDirEntrySetCrc(&entries[i]);
			}
			meta->dirChangeCount++;
			meta->dirUpdateCount++;
			ColumnarMetaSetCrc(meta);
			GenericXLogFinish(state);
		}

		blk = next;
		UnlockReleaseBuffer(buf);
		UnlockReleaseBuffer(metabuf);
	}

	if (live_rows)
		*live_rows = live;
}
