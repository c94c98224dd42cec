/*-------------------------------------------------------------------------
 *
 * compat.h
 *	  The one place where differences between PostgreSQL versions are
 *	  papered over.  vecstore targets PostgreSQL 15; code elsewhere uses
 *	  the names defined here instead of testing PG_VERSION_NUM itself.
 *
 *-------------------------------------------------------------------------
 */
#ifndef VECSTORE_COMPAT_H
#define VECSTORE_COMPAT_H

#include "postgres.h"

#if PG_VERSION_NUM < 150000 || PG_VERSION_NUM >= 160000
#error "vecstore supports PostgreSQL 15 only"
#endif

/* PostgreSQL 16 renames RelFileNode to RelFileLocator. */
#define VsRelFileNumber(rel)	((rel)->rd_node.relNode)

#endif							/* VECSTORE_COMPAT_H */
