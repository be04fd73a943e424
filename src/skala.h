/*
 * src/skala.h: the criteria scale (SQL type lkj.skala), shared by skala.c,
 * which owns the type, and kriteria.c, which maps a capaian to its band.
 *
 * A scale has five bands, top first, and four lower bounds: band i
 * (0..3) holds every value above bound i (or at it, when the bound is
 * inclusive) that no band above it holds; band 4 holds the rest.
 */
#ifndef LKJ_SKALA_H
#define LKJ_SKALA_H

#include "fmgr.h"
#include "utils/numeric.h"

#define SCALE_BANDS 5
#define SCALE_BOUNDS (SCALE_BANDS - 1)

/* what the on-disk layout below is; checked when a value is read */
#define SCALE_LAYOUT_VERSION 1

/*
 * The varlena.  The bounds are complete Numeric varlenas (4-byte header,
 * int-aligned offsets, so they are passed to numeric functions in place),
 * the labels NUL-terminated strings in the database encoding.  Offsets are
 * from the start of the struct.
 */
typedef struct Scale
{
	int32		vl_len_;
	uint8		version;
	uint8		inclusive;		/* bit i set: bound i is ">=", else ">" */
	uint16		bound_off[SCALE_BOUNDS];
	uint16		label_off[SCALE_BANDS];
	char		data[FLEXIBLE_ARRAY_MEMBER];
} Scale;

static inline Numeric
scale_bound(const Scale *s, int i)
{
	return (Numeric) ((const char *) s + s->bound_off[i]);
}

static inline bool
scale_inclusive(const Scale *s, int i)
{
	return (s->inclusive >> i) & 1;
}

static inline const char *
scale_label(const Scale *s, int band)
{
	return (const char *) s + s->label_off[band];
}

extern Scale *scale_from_datum(Datum d);
extern int	scale_band(const Scale *s, Numeric capaian);

#define PG_GETARG_SCALE_P(n) scale_from_datum(PG_GETARG_DATUM(n))

#endif							/* LKJ_SKALA_H */
