/*
 * src/lkj.c: the module's one PG_MODULE_MAGIC, and its gettext domain.
 *
 * Every concern lives in a file of its own (capaian.c, kriteria.c,
 * format.c, ...); this file marks the shared object as a PostgreSQL module
 * and, when it is loaded, binds lkj's message catalogs.
 *
 * Every file that reports errors includes terjemah.h, which makes
 * TEXTDOMAIN PG_TEXTDOMAIN("lkj"), "lkj-15" on PostgreSQL 15, so that
 * errmsg, errdetail and errhint look their text up in lkj's own catalog
 * (po/, installed as <localedir>/<language>/LC_MESSAGES/lkj-15.mo) under
 * the session's lc_messages, and not in PostgreSQL's.
 */
#include "postgres.h"

#include <dirent.h>
#include <sys/stat.h>

#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/guc.h"

#include "terjemah.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

#ifdef ENABLE_NLS
/*
 * Does dir hold a catalog of domain, in any language
 * (dir/<language>/LC_MESSAGES/<domain>.mo)?
 */
static bool
holds_catalog(const char *dir, const char *domain)
{
	DIR		   *d = opendir(dir);
	struct dirent *e;
	bool		found = false;

	if (d == NULL)
		return false;
	while (!found && (e = readdir(d)) != NULL)
	{
		char		mo[MAXPGPATH];
		struct stat st;

		if (e->d_name[0] == '.')
			continue;
		snprintf(mo, sizeof(mo), "%s/%s/LC_MESSAGES/%s.mo", dir, e->d_name, domain);
		found = stat(mo, &st) == 0 && S_ISREG(st.st_mode);
	}
	closedir(d);
	return found;
}
#endif

/*
 * Bind lkj's domain where PostgreSQL binds its own (pg_bindtextdomain: the
 * server's compiled-in localedir, /usr/share/locale on Debian), unless
 * Debian's extension_destdir names an install of lkj with catalogs of its
 * own: the server then reads lkj's control file, script and library from
 * there first, and its messages come from the same install
 * (<extension_destdir><localedir>), which is how a test cluster
 * (tests/cluster.sh) finds the catalogs of the build it tests.
 */
void
_PG_init(void)
{
#ifdef ENABLE_NLS
	const char *destdir = GetConfigOption("extension_destdir", true, false);

	if (destdir != NULL && destdir[0] != '\0' && my_exec_path[0] != '\0')
	{
		char		localedir[MAXPGPATH];
		char		dir[MAXPGPATH];

		get_locale_path(my_exec_path, localedir);
		snprintf(dir, sizeof(dir), "%s%s", destdir, localedir);
		if (holds_catalog(dir, TEXTDOMAIN))
		{
			bindtextdomain(TEXTDOMAIN, dir);
			pg_bind_textdomain_codeset(TEXTDOMAIN);
			return;
		}
	}
#endif
	pg_bindtextdomain(TEXTDOMAIN);
}
