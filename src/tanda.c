/*
 * src/tanda.c: who wrote a row, for lkj.riwayat (README, Signing and
 * revisions).
 *
 * The history trigger runs SECURITY DEFINER, so that a role that may not
 * write lkj.riwayat still leaves its trace there; inside it current_user is
 * the extension's owner.  The role the statement ran as is the outer user
 * (SET ROLE's, or the login's), which SQL cannot name from inside a
 * SECURITY DEFINER function.
 */
#include "postgres.h"

#include "fmgr.h"
#include "miscadmin.h"
#include "utils/builtins.h"

/* the role the session's statement runs as, outside any SECURITY DEFINER */
PG_FUNCTION_INFO_V1(peran_luar);
Datum
peran_luar(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(GetUserNameFromId(GetOuterUserId(), false)));
}
