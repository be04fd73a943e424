/*
 * src/skala.h: the criteria scale (SQL type lkj.skala), shared by skala.c,
 * which owns the type, and kriteria.c, which maps a capaian to its band.
 *
 * A scale has 2 to SCALE_MAX_BANDS bands, top first.  Each band is an
 * interval as the scale words it: a lower end ("> 75", ">= 76", the "91" of
 * "91 - 100", "= 100") or none (the bottom band, open below), and an upper
 * end ("- 90", "- < 91", "< 51", "<= 50") or none: the top band is then
 * open above, and any other band reaches up to the band above it (1.0's
 * form, "Tinggi > 75" under "Sangat Tinggi > 90").  Values that no band
 * holds (gaps between bands, above a bounded top band, below a bounded
 * bottom band) get the scale's own rule: an error, or a label of their own.
 */
#ifndef LKJ_SKALA_H
#define LKJ_SKALA_H

#include "fmgr.h"
#include "utils/numeric.h"

/*
 * Real scales have 2 (Efisien / Tidak Efisien) to 7 bands (SAKIP's AA to
 * D); 10 leaves room and keeps Tabel 7 one short table.
 */
#define SCALE_MIN_BANDS 2
#define SCALE_MAX_BANDS 10

/* 1.0's layout: five bands, four lower bounds; still read from disk */
#define SCALE_LAYOUT_V1 1
#define SCALE_V1_BANDS 5
/* the layout written since 1.1 */
#define SCALE_LAYOUT_VERSION 2

/* how an end of a band is written; the numbers are on disk and on the wire */
typedef enum ScaleEnd
{
	END_NONE = 0,				/* not written */
	END_GT = 1,					/* lower "> x" */
	END_GE = 2,					/* lower ">= x" or "≥ x" */
	END_BARE = 3,				/* "x" of "x - y" (lower) or "y" of "- y" (upper): closed */
	END_EQ = 4,					/* lower "= x": the band is x alone */
	END_LT = 5,					/* upper "< y" */
	END_LE = 6					/* upper "<= y" or "≤ y" */
} ScaleEnd;

/* what a value that no band holds gets */
typedef enum ScaleOutside
{
	OUTSIDE_NONE = 0,			/* the bands cover every value */
	OUTSIDE_ERROR = 1,			/* "di luar skala: galat": error 22023 */
	OUTSIDE_LABEL = 2			/* "di luar skala: <label>" */
} ScaleOutside;

/* the band a capaian outside every band is given */
#define BAND_OUTSIDE (-1)

typedef struct ScaleBand
{
	uint16		lo_off;			/* offset of the lower bound's Numeric, 0 if none */
	uint16		hi_off;			/* offset of the upper bound's Numeric, 0 if none */
	uint16		label_off;
	uint8		lo_end;			/* ScaleEnd: END_NONE, _GT, _GE, _BARE, _EQ */
	uint8		hi_end;			/* ScaleEnd: END_NONE, _LT, _LE, _BARE */
} ScaleBand;

/*
 * The varlena (layout 2).  The bounds are complete Numeric varlenas
 * (4-byte header, int-aligned offsets, so they are passed to numeric
 * functions in place), the labels NUL-terminated strings in the database
 * encoding.  Offsets are from the start of the struct.
 */
typedef struct Scale
{
	int32		vl_len_;
	uint8		version;		/* at the offset of 1.0's, which it tells apart */
	uint8		nbands;
	uint8		outside;		/* ScaleOutside */
	uint8		pad;
	uint16		outside_off;	/* the label of OUTSIDE_LABEL, else 0 */
	uint16		pad2;
	ScaleBand	band[FLEXIBLE_ARRAY_MEMBER];
} Scale;

static inline Numeric
scale_lo(const Scale *s, int i)
{
	return s->band[i].lo_off ? (Numeric) ((const char *) s + s->band[i].lo_off) : NULL;
}

static inline Numeric
scale_hi(const Scale *s, int i)
{
	return s->band[i].hi_off ? (Numeric) ((const char *) s + s->band[i].hi_off) : NULL;
}

static inline const char *
scale_label(const Scale *s, int band)
{
	return (const char *) s + s->band[band].label_off;
}

static inline const char *
scale_outside_label(const Scale *s)
{
	return s->outside == OUTSIDE_LABEL ? (const char *) s + s->outside_off : NULL;
}

static inline bool
end_closed(ScaleEnd e)
{
	return e == END_GE || e == END_BARE || e == END_EQ || e == END_LE;
}

/*
 * A band's interval as it is meant: lo NULL is -Infinity, hi NULL
 * +Infinity; an unwritten upper end of a band under another is that band's
 * lower bound, closed where that one is open.
 */
typedef struct BandRange
{
	Numeric		lo;
	bool		lo_closed;
	Numeric		hi;
	bool		hi_closed;
} BandRange;

extern BandRange scale_range(const Scale *s, int band);
extern Scale *scale_from_datum(Datum d);
extern int	scale_band(const Scale *s, Numeric capaian);
extern int	scale_band_or_error(const Scale *s, Numeric capaian);

#define PG_GETARG_SCALE_P(n) scale_from_datum(PG_GETARG_DATUM(n))

#endif							/* LKJ_SKALA_H */
