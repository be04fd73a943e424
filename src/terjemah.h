/*
 * src/terjemah.h: lkj's text in the session's language (lc_messages).
 *
 * Every C file that reports an error includes this header after
 * PostgreSQL's: it makes TEXTDOMAIN lkj's own gettext domain,
 * PG_TEXTDOMAIN("lkj") ("lkj-15" on PostgreSQL 15; src/lkj.c binds it), so
 * that ereport's errmsg, errdetail and errhint translate their format
 * through lkj's catalog (po/) and not PostgreSQL's.  elog.h defines
 * TEXTDOMAIN as NULL (PostgreSQL's own domain) whatever was set before, so
 * it is redefined here, as PL/pgSQL does in plpgsql.h.
 *
 * Text that reaches errdetail or errhint through "%s", or a word put into
 * a message (which end of which band), is translated where it is written,
 * with L_(): the backend's _() would look in PostgreSQL's catalog.  The
 * Makefile's update-po target extracts L_ with errmsg and the rest.
 */
#ifndef LKJ_TERJEMAH_H
#define LKJ_TERJEMAH_H

#undef TEXTDOMAIN
#define TEXTDOMAIN PG_TEXTDOMAIN("lkj")

#define L_(x) dgettext(TEXTDOMAIN, x)

#endif
