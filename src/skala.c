/*
 * src/skala.c: the criteria scale, SQL type lkj.skala.
 *
 * A scale is what Tabel 7 of an LKj prints: its bands, top first, each
 * with the regency's own word for it and its interval as the scale words
 * it.  Its text form is the bands separated by semicolons,
 *
 *     Sangat Tinggi > 90; Tinggi > 75; Sedang > 65; Rendah > 50; Sangat Rendah
 *     Sangat Tinggi 91 - 100; Tinggi 76 - 90; Sedang 66 - 75; Rendah 51 - 65;
 *         Sangat Rendah <= 50; di luar skala: galat
 *     Sempurna = 100; Baik >= 80 - < 100; Cukup >= 60 - < 80; Kurang < 60
 *
 * each band a label and an interval: "> x", ">= x" (or "≥ x"), "= x", a
 * range "x - y" whose ends may carry an operator ("> 75 - 90", ">= 76 -
 * < 91"; a bare end is closed), "< y" or "<= y" (or "≤ y") for the bottom
 * band, or nothing for a bottom band that holds every value below the band
 * above.  A band whose upper end is not written reaches up to the band above
 * it (1.0's form).  A scale whose bands leave values out ends with its rule
 * for them: "di luar skala: galat" (an error) or "di luar skala: <label>".
 * Text input and binary receive both end in scale_build(), which alone
 * decides what a valid scale is and puts it in its one canonical form
 * (labels with single spaces, bounds without trailing zeros), so that equal
 * scales have equal text.
 */
#include "postgres.h"

#include <string.h>

#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"

#include "numeric_fixed.h"
#include "skala.h"
#include "terjemah.h"

/* longest label, in characters; Tabel 7's longest is 13 */
#define LABEL_MAX_CHARS 64

/* longest bound in its canonical text form ("-123.456") */
#define BOUND_MAX_CHARS 40

/*
 * A text bound longer than this is refused before numeric_in sees it, so
 * that numeric_in cannot fail with an error of its own; shorter ones that
 * are still too long are refused by scale_build with the same words.
 */
#define BOUND_SCAN_MAX_CHARS 1000

/* the first byte of the binary form: 1.0's five bands, and any scale */
#define SCALE_BINARY_V1 1
#define SCALE_BINARY_VERSION 2

/* the numeric's binary header: ndigits, weight, sign, dscale */
#define NUMERIC_BINARY_HEADER 8

#define UTF8_GE "\xe2\x89\xa5"	/* U+2265 GREATER-THAN OR EQUAL TO */
#define UTF8_LE "\xe2\x89\xa4"	/* U+2264 LESS-THAN OR EQUAL TO */
#define UTF8_EN_DASH "\xe2\x80\x93"	/* U+2013 EN DASH, printed "91–100" */

/* the last segment of a scale that holds its rule for values outside it */
#define OUTSIDE_WORDS "di luar skala"
#define OUTSIDE_ERROR_WORD "galat"

#if PG_VERSION_NUM < 160000
/* before 16 there are no soft errors: every report is an ERROR */
#define ereturn(context, dummy_value, ...) \
	do { \
		ereport(ERROR, __VA_ARGS__); \
		return dummy_value; \
	} while (0)
#endif

/* 1.0's on-disk layout, read and turned into the current one */
typedef struct ScaleV1
{
	int32		vl_len_;
	uint8		version;
	uint8		inclusive;		/* bit i set: bound i is ">=", else ">" */
	uint16		bound_off[SCALE_V1_BANDS - 1];
	uint16		label_off[SCALE_V1_BANDS];
} ScaleV1;

/* a band taken apart, as read from text or binary and not yet checked */
typedef struct BandParts
{
	Numeric		lo;
	Numeric		hi;
	ScaleEnd	lo_end;
	ScaleEnd	hi_end;
	char	   *label;
} BandParts;

typedef struct ScaleParts
{
	int			nbands;
	BandParts	band[SCALE_MAX_BANDS];
	ScaleOutside outside;
	char	   *outside_label;
} ScaleParts;

/* where the value being read comes from, for its error reports */
typedef struct ScaleSource
{
	const char *text;			/* the input string; NULL for binary input */
	Node	   *escontext;		/* soft-error context of the input call */
} ScaleSource;

/* a malformed value: text and binary input say so in their own words */
#define scale_invalid(src, ret, ...) \
	ereturn((src)->escontext, ret, \
			(errcode((src)->text ? ERRCODE_INVALID_TEXT_REPRESENTATION \
					 : ERRCODE_INVALID_BINARY_REPRESENTATION), \
			 (src)->text ? errmsg("invalid input syntax for type %s: \"%s\"", \
								  "skala", (src)->text) \
			 : errmsg("invalid binary value for type %s", "skala"), \
			 errdetail(__VA_ARGS__)))

/* a well-formed scale that cannot grade: 22023 from text and binary alike */
#define scale_unfit(src, ret, ...) \
	ereturn((src)->escontext, ret, \
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE), __VA_ARGS__))

static inline bool
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static inline bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static inline bool
database_is_utf8(void)
{
	return GetDatabaseEncoding() == PG_UTF8;
}

static inline const char *
skip_spaces(const char *p, const char *end)
{
	while (p < end && is_space(*p))
		p++;
	return p;
}

/*
 * A label as the scale keeps it: no white space at either end, and every
 * run of white space inside it one space.
 */
static char *
label_normalize(const char *s, size_t len)
{
	char	   *out = palloc(len + 1);
	char	   *o = out;
	const char *end = s + len;
	const char *p = skip_spaces(s, end);

	while (p < end)
	{
		if (is_space(*p))
		{
			p = skip_spaces(p, end);
			if (p < end)
				*o++ = ' ';
		}
		else
			*o++ = *p++;
	}
	*o = '\0';
	return out;
}

/* the character of s that the text form of a scale reserves, or NULL */
static const char *
label_reserved(const char *s)
{
	const char *p = strpbrk(s, ";<=>");

	if (p == NULL && database_is_utf8())
	{
		p = strstr(s, UTF8_GE);
		if (p == NULL)
			p = strstr(s, UTF8_LE);
	}
	return p;
}

static inline bool
label_has_control(const char *s)
{
	for (; *s; s++)
		if ((unsigned char) *s < 0x20 || *s == 0x7f)
			return true;
	return false;
}

static inline bool
numeric_is_finite(Numeric n)
{
#if PG_VERSION_NUM >= 140000
	return !numeric_is_nan(n) && !numeric_is_inf(n);
#else
	return !numeric_is_nan(n);	/* numeric has no infinities before 14 */
#endif
}

static inline char *
numeric_text(Numeric n)
{
	return DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(n)));
}

static inline int
numeric_compare(Numeric a, Numeric b)
{
	return DatumGetInt32(DirectFunctionCall2(numeric_cmp,
											 NumericGetDatum(a),
											 NumericGetDatum(b)));
}


/* whether the len bytes at p, before end, are tok: never reads past end */
static inline bool
at_token(const char *p, const char *end, const char *tok, size_t len)
{
	return p < end && (size_t) (end - p) >= len && memcmp(p, tok, len) == 0;
}

/*
 * The operator at p, if any, and its length: ">", ">=", "=", "<", "<=",
 * and in a UTF8 database "≥" and "≤".
 */
static ScaleEnd
read_operator(const char *p, const char *end, int *len)
{
	bool		utf8 = database_is_utf8();

	*len = 0;
	if (p >= end)
		return END_NONE;
	if (at_token(p, end, ">=", 2))
		return (*len = 2, END_GE);
	if (at_token(p, end, "<=", 2))
		return (*len = 2, END_LE);
	if (*p == '>')
		return (*len = 1, END_GT);
	if (*p == '<')
		return (*len = 1, END_LT);
	if (*p == '=')
		return (*len = 1, END_EQ);
	if (utf8 && at_token(p, end, UTF8_GE, 3))
		return (*len = 3, END_GE);
	if (utf8 && at_token(p, end, UTF8_LE, 3))
		return (*len = 3, END_LE);
	return END_NONE;
}

/* the first operator in [p, end), or end */
static const char *
find_operator(const char *p, const char *end)
{
	int			len;

	for (; p < end; p++)
		if (read_operator(p, end, &len) != END_NONE)
			return p;
	return end;
}

/* the length of the range's dash at p ("-", or "–" in UTF8), or 0 */
static int
dash_at(const char *p, const char *end)
{
	if (p < end && *p == '-')
		return 1;
	if (database_is_utf8() && at_token(p, end, UTF8_EN_DASH, 3))
		return 3;
	return 0;
}

/* the length of the range's dash that ends at p, not before start, or 0 */
static int
dash_before(const char *start, const char *p)
{
	if (p > start && p[-1] == '-')
		return 1;
	if (database_is_utf8() && p - start >= 3 && memcmp(p - 3, UTF8_EN_DASH, 3) == 0)
		return 3;
	return 0;
}

/* back over white space and one "%" from p, not before start */
static const char *
back_over_percent(const char *start, const char *p)
{
	while (p > start && is_space(p[-1]))
		p--;
	if (p > start && p[-1] == '%')
		p--;
	while (p > start && is_space(p[-1]))
		p--;
	return p;
}

/*
 * The start of the number that ends at p, not before start: [+-] digits
 * [. digits], preceded by white space or the start; or NULL.
 */
static const char *
back_over_number(const char *start, const char *p)
{
	const char *q = p;
	int			digits = 0;

	while (q > start && is_digit(q[-1]))
		q--, digits++;
	if (q > start && q[-1] == '.')
	{
		q--;
		while (q > start && is_digit(q[-1]))
			q--, digits++;
	}
	if (digits == 0)
		return NULL;
	if (q > start && (q[-1] == '+' || q[-1] == '-') && (q - 1 == start || is_space(q[-2])))
		q--;
	/* "91-100" and "91–100" are printed without spaces */
	if (q > start && !is_space(q[-1]) && dash_before(start, q) == 0)
		return NULL;
	return q;
}

/*
 * Where the bare lower end of a range ("91" of "Tinggi 91 - 100", or of
 * "Tinggi 76 - < 91") starts, in the text [start, p) before the upper end:
 * p is the end of the text when with_upper (the bare upper number is read
 * back first), else the upper end's operator.  NULL when there is none, and
 * the label is then all of [start, p).
 */
static const char *
bare_range_start(const char *start, const char *p, bool with_upper)
{
	const char *q = back_over_percent(start, p);

	if (with_upper)
	{
		q = back_over_number(start, q);
		if (q == NULL)
			return NULL;
		while (q > start && is_space(q[-1]))
			q--;
	}
	if (dash_before(start, q) == 0)
		return NULL;
	q = back_over_percent(start, q - dash_before(start, q));
	return back_over_number(start, q);
}

/* a label the text form would read back as ending in a range */
static bool
label_reads_as_range(const char *label)
{
	const char *end = label + strlen(label);

	return bare_range_start(label, end, true) != NULL ||
		bare_range_start(label, end, false) != NULL;
}

/*
 * Reads the number at *pp (after white space, before an optional "%") into
 * *n and moves *pp past it; what, "the lower end of band 2", names it in
 * errors.
 */
static bool
read_bound(const char **pp, const char *end, Numeric *n, int band,
		   const char *what, const ScaleSource *src)
{
	const char *p = skip_spaces(*pp, end);
	const char *num = p;
	int			digits = 0;

	if (p < end && (*p == '+' || *p == '-'))
		p++;
	for (; p < end && is_digit(*p); p++)
		digits++;
	if (p < end && *p == '.')
		for (p++; p < end && is_digit(*p); p++)
			digits++;
	if (digits == 0)
	{
		char	   *rest = label_normalize(num, end - num);

		if (rest[0] == '\0')
			scale_invalid(src, false, "The %s of band %d has no number.", what, band + 1);
		scale_invalid(src, false, "The %s of band %d is not a number: \"%s\".",
					  what, band + 1, rest);
	}
	if (p - num > BOUND_SCAN_MAX_CHARS)
		scale_invalid(src, false, "The %s of band %d is longer than %d characters.",
					  what, band + 1, BOUND_MAX_CHARS);
	if (p < end && *p == ',' && p + 1 < end && is_digit(p[1]))
		scale_invalid(src, false, "The %s of band %d has a decimal comma; write its decimals after a point, such as \"62.5\".",
					  what, band + 1);
	*n = DatumGetNumeric(DirectFunctionCall3(numeric_in,
											 CStringGetDatum(pnstrdup(num, p - num)),
											 ObjectIdGetDatum(InvalidOid),
											 Int32GetDatum(-1)));
	/* Tabel 7 prints "> 90%", so a percent sign may follow */
	p = skip_spaces(p, end);
	if (p < end && *p == '%')
		p = skip_spaces(p + 1, end);
	*pp = p;
	return true;
}

/*
 * Reads band number band (0-based) from the text [seg, end) into parts:
 * its label, then its interval (see the top of this file).
 */
static bool
scale_parse_band(const char *seg, const char *end, int band, bool last,
				 ScaleParts *parts, const ScaleSource *src)
{
	BandParts  *b = &parts->band[band];
	const char *op = find_operator(seg, end);
	const char *bare = bare_range_start(seg, op, op == end);
	const char *p;
	int			len;
	ScaleEnd	kind;

	b->lo = b->hi = NULL;
	b->lo_end = b->hi_end = END_NONE;
	b->label = pnstrdup(seg, (bare ? bare : op) - seg);

	if (bare != NULL)
	{
		/* "x - y" or "x - < y": a closed lower end without an operator */
		p = bare;
		if (!read_bound(&p, end, &b->lo, band, L_("lower end"), src))
			return false;
		b->lo_end = END_BARE;
		p += dash_at(p, end);	/* the dash that bare_range_start found */
		kind = read_operator(skip_spaces(p, end), end, &len);
		if (kind == END_NONE)
			b->hi_end = END_BARE;
		else if (kind == END_LT || kind == END_LE)
		{
			b->hi_end = kind;
			p = skip_spaces(p, end) + len;
		}
		else
			scale_invalid(src, false, "The upper end of band %d (\"%s\") starts with \"%.*s\"; an upper end is a number, \"< y\" or \"<= y\".",
						  band + 1, label_normalize(b->label, strlen(b->label)), len, skip_spaces(p, end));
		if (!read_bound(&p, end, &b->hi, band, L_("upper end"), src))
			return false;
	}
	else if (op == end)
	{
		/* no interval: the bottom band, below the band above */
		if (!last)
			scale_invalid(src, false, "Band %d (\"%s\") has no bound; every band but the last needs one, such as \"> 90\", \">= 91\" or \"91 - 100\".",
						  band + 1, label_normalize(b->label, strlen(b->label)));
		return true;
	}
	else
	{
		kind = read_operator(op, end, &len);
		p = op + len;
		if (kind == END_LT || kind == END_LE)
		{
			b->hi_end = kind;
			if (!read_bound(&p, end, &b->hi, band, L_("upper end"), src))
				return false;
		}
		else
		{
			b->lo_end = kind;
			if (!read_bound(&p, end, &b->lo, band, L_("lower end"), src))
				return false;
			if (kind != END_EQ && dash_at(p, end) > 0)
			{
				p = skip_spaces(p + dash_at(p, end), end);
				kind = read_operator(p, end, &len);
				if (kind == END_NONE)
					b->hi_end = END_BARE;
				else if (kind == END_LT || kind == END_LE)
				{
					b->hi_end = kind;
					p += len;
				}
				else
					scale_invalid(src, false, "The upper end of band %d (\"%s\") starts with \"%.*s\"; an upper end is a number, \"< y\" or \"<= y\".",
								  band + 1, label_normalize(b->label, strlen(b->label)), len, p);
				if (!read_bound(&p, end, &b->hi, band, L_("upper end"), src))
					return false;
			}
		}
	}

	if (p < end)
		scale_invalid(src, false, "The bound of band %d is followed by \"%s\", where the band should end.",
					  band + 1, label_normalize(p, end - p));
	return true;
}

/*
 * Whether [seg, end) is the rule for values outside the bands, "di luar
 * skala: galat" or "di luar skala: <label>", and if so reads it.
 */
static bool
scale_parse_outside(const char *seg, const char *end, ScaleParts *parts)
{
	char	   *words = label_normalize(seg, end - seg);
	size_t		n = strlen(OUTSIDE_WORDS);
	char	   *rest;

	if (pg_strncasecmp(words, OUTSIDE_WORDS, n) != 0)
		return false;
	rest = words + n;
	if (*rest == ' ')
		rest++;
	if (*rest != ':')
		return false;
	rest = label_normalize(rest + 1, strlen(rest + 1));
	if (pg_strcasecmp(rest, OUTSIDE_ERROR_WORD) == 0)
		parts->outside = OUTSIDE_ERROR;
	else
	{
		parts->outside = OUTSIDE_LABEL;
		parts->outside_label = rest;
	}
	return true;
}

/* Reads the text form of a scale into parts. */
static bool
scale_parse(const char *str, ScaleParts *parts, const ScaleSource *src)
{
	const char *seg[SCALE_MAX_BANDS + 2];
	const char *str_end = str + strlen(str);
	const char *p;
	int			nseg = 1;
	int			i;

	seg[0] = str;
	for (p = str; *p; p++)
		if (*p == ';')
		{
			if (nseg > SCALE_MAX_BANDS)
				scale_invalid(src, false, "A scale has %d to %d bands separated by semicolons, but this one has more.",
							  SCALE_MIN_BANDS, SCALE_MAX_BANDS);
			seg[nseg++] = p + 1;
		}
	seg[nseg] = str_end + 1;	/* one past the end of the last segment */

	parts->outside = OUTSIDE_NONE;
	parts->outside_label = NULL;
	parts->nbands = nseg;
	if (nseg > 1 && scale_parse_outside(seg[nseg - 1], seg[nseg] - 1, parts))
		parts->nbands = nseg - 1;
	if (parts->nbands < SCALE_MIN_BANDS || parts->nbands > SCALE_MAX_BANDS)
		scale_invalid(src, false, "A scale has %d to %d bands separated by semicolons, but this one has %d.",
					  SCALE_MIN_BANDS, SCALE_MAX_BANDS, parts->nbands);

	for (i = 0; i < parts->nbands; i++)
		if (!scale_parse_band(seg[i], seg[i + 1] - 1, i, i == parts->nbands - 1, parts, src))
			return false;
	return true;
}

/* a label of a scale as scale_build keeps it, or NULL after a soft error */
static char *
label_check(const char *raw, const char *what, const ScaleSource *src)
{
	char	   *label = label_normalize(raw, strlen(raw));
	const char *reserved = label_reserved(label);

	if (label[0] == '\0')
		scale_invalid(src, NULL, "%c%s has no label.", pg_toupper((unsigned char) what[0]), what + 1);
	if (label_has_control(label))
		scale_invalid(src, NULL, "The label of %s holds a control character.", what);
	if (reserved != NULL)
		scale_invalid(src, NULL, "The label of %s (\"%s\") holds \"%.*s\", which the text form of a scale keeps for its bounds and separators.",
					  what, label, pg_mblen(reserved), reserved);
	if (pg_mbstrlen(label) > LABEL_MAX_CHARS)
		scale_invalid(src, NULL, "The label of %s is longer than %d characters.",
					  what, LABEL_MAX_CHARS);
	if (label_reads_as_range(label))
		scale_invalid(src, NULL, "The label of %s (\"%s\") ends in what reads as a range (\"x - y\"); put the range after the label and nothing range-like in it.",
					  what, label);
	return label;
}

/* a bound as scale_build keeps it: finite, without trailing zeros */
static Numeric
bound_check(Numeric n, int band, const char *what, const ScaleSource *src)
{
	if (!numeric_is_finite(n))
		scale_invalid(src, NULL, "The %s of band %d is not a finite number.", what, band + 1);
	n = DatumGetNumeric(DirectFunctionCall1(numeric_trim_scale, NumericGetDatum(n)));
	if (strlen(numeric_text(n)) > BOUND_MAX_CHARS)
		scale_invalid(src, NULL, "The %s of band %d is longer than %d characters.",
					  what, band + 1, BOUND_MAX_CHARS);
	return n;
}

/* Lays out checked parts as a Scale (layout 2); checks nothing. */
static Scale *
scale_assemble(const ScaleParts *parts)
{
	Size		size = offsetof(Scale, band) + parts->nbands * sizeof(ScaleBand);
	Size		pos;
	Scale	   *s;
	int			i;

	for (i = 0; i < parts->nbands; i++)
	{
		if (parts->band[i].lo)
			size = INTALIGN(size) + VARSIZE(parts->band[i].lo);
		if (parts->band[i].hi)
			size = INTALIGN(size) + VARSIZE(parts->band[i].hi);
	}
	for (i = 0; i < parts->nbands; i++)
		size += strlen(parts->band[i].label) + 1;
	if (parts->outside == OUTSIDE_LABEL)
		size += strlen(parts->outside_label) + 1;
	if (size > PG_UINT16_MAX)
		elog(ERROR, "criteria scale of %zu bytes exceeds its offsets", size);

	s = palloc0(size);
	SET_VARSIZE(s, size);
	s->version = SCALE_LAYOUT_VERSION;
	s->nbands = (uint8) parts->nbands;
	s->outside = (uint8) parts->outside;
	pos = offsetof(Scale, band) + parts->nbands * sizeof(ScaleBand);
	for (i = 0; i < parts->nbands; i++)
	{
		const BandParts *b = &parts->band[i];

		s->band[i].lo_end = (uint8) b->lo_end;
		s->band[i].hi_end = (uint8) b->hi_end;
		if (b->lo)
		{
			pos = INTALIGN(pos);
			s->band[i].lo_off = (uint16) pos;
			memcpy((char *) s + pos, b->lo, VARSIZE(b->lo));
			pos += VARSIZE(b->lo);
		}
		if (b->hi)
		{
			pos = INTALIGN(pos);
			s->band[i].hi_off = (uint16) pos;
			memcpy((char *) s + pos, b->hi, VARSIZE(b->hi));
			pos += VARSIZE(b->hi);
		}
	}
	for (i = 0; i < parts->nbands; i++)
	{
		s->band[i].label_off = (uint16) pos;
		strcpy((char *) s + pos, parts->band[i].label);
		pos += strlen(parts->band[i].label) + 1;
	}
	if (parts->outside == OUTSIDE_LABEL)
	{
		s->outside_off = (uint16) pos;
		strcpy((char *) s + pos, parts->outside_label);
	}
	return s;
}

BandRange
scale_range(const Scale *s, int i)
{
	BandRange	r;
	ScaleEnd	lo_end = (ScaleEnd) s->band[i].lo_end;
	ScaleEnd	hi_end = (ScaleEnd) s->band[i].hi_end;

	r.lo = scale_lo(s, i);
	r.lo_closed = end_closed(lo_end);
	if (lo_end == END_EQ)
	{
		r.hi = r.lo;
		r.hi_closed = true;
	}
	else if (hi_end != END_NONE)
	{
		r.hi = scale_hi(s, i);
		r.hi_closed = end_closed(hi_end);
	}
	else if (i == 0)
	{
		r.hi = NULL;
		r.hi_closed = false;
	}
	else
	{
		r.hi = scale_lo(s, i - 1);
		r.hi_closed = !end_closed((ScaleEnd) s->band[i - 1].lo_end);
	}
	return r;
}

/* the operator of a lower end as the text form writes it, "" for a bare one */
static const char *
lo_words(ScaleEnd e)
{
	return e == END_GT ? "> " : e == END_GE ? ">= " : e == END_EQ ? "= " : "";
}

static const char *
hi_words(ScaleEnd e)
{
	return e == END_LT ? "< " : e == END_LE ? "<= " : "";
}

/*
 * Checks parts, puts them in canonical form and returns the scale, or NULL
 * after a soft error.  The only judge of a valid scale: text input and
 * binary receive both come here.
 */
static Scale *
scale_build(ScaleParts *parts, const ScaleSource *src)
{
	Scale	   *s;
	int			n = parts->nbands;
	int			i;
	int			j;
	char		what[64];
	bool		gap = false;
	char	   *gap_words = NULL;

	if (n < SCALE_MIN_BANDS || n > SCALE_MAX_BANDS)
		scale_invalid(src, NULL, "A scale has %d to %d bands, but this one has %d.",
					  SCALE_MIN_BANDS, SCALE_MAX_BANDS, n);

	for (i = 0; i < n; i++)
	{
		BandParts  *b = &parts->band[i];

		snprintf(what, sizeof(what), L_("band %d"), i + 1);
		b->label = label_check(b->label, what, src);
		if (b->label == NULL)
			return NULL;
		for (j = 0; j < i; j++)
			if (strcmp(parts->band[j].label, b->label) == 0)
				scale_invalid(src, NULL, "Bands %d and %d have the same label \"%s\"; each band needs a word of its own.",
							  j + 1, i + 1, b->label);

		/* only what the text form can write */
		if (!(b->lo_end == END_NONE || b->lo_end == END_GT || b->lo_end == END_GE ||
			  b->lo_end == END_BARE || b->lo_end == END_EQ) ||
			!(b->hi_end == END_NONE || b->hi_end == END_LT || b->hi_end == END_LE ||
			  b->hi_end == END_BARE) ||
			(b->lo_end == END_BARE && b->hi_end == END_NONE) ||
			(b->lo_end == END_NONE && b->hi_end == END_BARE) ||
			(b->lo_end == END_EQ && b->hi_end != END_NONE) ||
			((b->lo_end == END_NONE) != (b->lo == NULL)) ||
			((b->hi_end == END_NONE) != (b->hi == NULL)))
			scale_invalid(src, NULL, "Band %d has ends of kinds %d and %d, which no scale writes.",
						  i + 1, b->lo_end, b->hi_end);
		if (b->lo)
		{
			b->lo = bound_check(b->lo, i, L_("lower end"), src);
			if (b->lo == NULL)
				return NULL;
		}
		if (b->hi)
		{
			b->hi = bound_check(b->hi, i, L_("upper end"), src);
			if (b->hi == NULL)
				return NULL;
		}
	}
	if (parts->outside == OUTSIDE_LABEL)
	{
		parts->outside_label = label_check(parts->outside_label,
										   L_("the rule for values outside the bands"), src);
		if (parts->outside_label == NULL)
			return NULL;
		if (pg_strcasecmp(parts->outside_label, OUTSIDE_ERROR_WORD) == 0)
			scale_invalid(src, NULL, "The label for values outside the bands is \"%s\", which the text form reads as the rule that they are an error.",
						  parts->outside_label);
		for (j = 0; j < n; j++)
			if (strcmp(parts->band[j].label, parts->outside_label) == 0)
				scale_invalid(src, NULL, "Band %d and the values outside the bands have the same label \"%s\"; each needs a word of its own.",
							  j + 1, parts->outside_label);
	}
	else if (parts->outside != OUTSIDE_NONE && parts->outside != OUTSIDE_ERROR)
		scale_invalid(src, NULL, "The rule for values outside the bands is of kind %d, which no scale writes.",
					  parts->outside);

	s = scale_assemble(parts);

	/* the bands hold values, from the top down, and never the same one */
	for (i = 0; i < n; i++)
	{
		BandRange	r = scale_range(s, i);
		ScaleEnd	lo_end = (ScaleEnd) s->band[i].lo_end;
		ScaleEnd	hi_end = (ScaleEnd) s->band[i].hi_end;
		int			c;

		if (r.lo == NULL && i < n - 1)
			scale_unfit(src, NULL, errmsg("band %d of criteria scale has no lower end", i + 1),
						errdetail("Only the last band may hold every value below the band above it."),
						errhint("Give band %d a lower end, such as \"> 50\" or \"51 - 65\", or make it the last band.", i + 1));
		if (r.lo == NULL || r.hi == NULL)
			continue;
		c = numeric_compare(r.lo, r.hi);
		/* as 1.0: a band of one value is written "= x", never by its bounds */
		if (hi_end == END_NONE && lo_end != END_EQ && c >= 0)
			scale_unfit(src, NULL, errmsg("bounds of criteria scale do not descend"),
						errdetail("The bound of band %d (%s%s) is not below the bound of band %d (%s%s); each band's bound must be lower than the one above it.",
								  i + 1, lo_words(lo_end), numeric_text(r.lo),
								  i, lo_words((ScaleEnd) s->band[i - 1].lo_end), numeric_text(r.hi)));
		if (c > 0 || (c == 0 && !(r.lo_closed && r.hi_closed)))
			scale_unfit(src, NULL, errmsg("band %d of criteria scale holds no value", i + 1),
						errdetail("Its lower end (%s%s) is not below its upper end (%s%s).",
								  lo_words(lo_end), numeric_text(r.lo),
								  hi_words(hi_end), numeric_text(r.hi)),
						errhint("Write the lower end first, as in \"> 75 - 90\"; \"= 100\" is a band of one value."));
	}
	for (i = 1; i < n; i++)
	{
		BandRange	above = scale_range(s, i - 1);
		BandRange	r = scale_range(s, i);
		int			c;

		if (s->band[i].hi_end == END_NONE && s->band[i].lo_end != END_EQ)
			continue;			/* reaches up to the band above, as 1.0's bands */
		c = numeric_compare(r.hi, above.lo);
		if (c > 0 || (c == 0 && r.hi_closed && above.lo_closed))
			scale_unfit(src, NULL, errmsg("bands %d and %d of criteria scale overlap", i, i + 1),
						errdetail("Band %d reaches up to %s%s, not below where band %d starts (%s%s); a capaian in both would have two criteria.",
								  i + 1, r.hi_closed ? "<= " : "< ", numeric_text(r.hi),
								  i, lo_words((ScaleEnd) s->band[i - 1].lo_end), numeric_text(above.lo)),
						errhint("Bands go from the top down: each band's upper end lies below the band above it."));
		if (!gap && (c < 0 || (!r.hi_closed && !above.lo_closed)))
		{
			gap = true;
			gap_words = psprintf(L_("No band holds the values between band %d, which starts at %s, and band %d, which ends at %s."),
								 i, numeric_text(above.lo), i + 1, numeric_text(r.hi));
		}
	}
	if (!gap && (s->band[0].hi_end != END_NONE || s->band[0].lo_end == END_EQ))
	{
		BandRange	r = scale_range(s, 0);

		gap = true;
		gap_words = psprintf(L_("No band holds the values above band 1, which ends at %s."),
							 numeric_text(r.hi));
	}
	if (!gap && s->band[n - 1].lo_end != END_NONE)
	{
		gap = true;
		gap_words = psprintf(L_("No band holds the values below band %d, which starts at %s."),
							 n, numeric_text(scale_lo(s, n - 1)));
	}
	if (gap && parts->outside == OUTSIDE_NONE)
		scale_unfit(src, NULL, errmsg("criteria scale leaves values outside its bands"),
					errdetail("%s", gap_words),
					errhint("End the scale with \"; di luar skala: galat\" to make such a capaian an error, or with \"; di luar skala: Tidak Masuk Skala\" to give it a label of its own."));
	if (!gap && parts->outside != OUTSIDE_NONE)
		scale_unfit(src, NULL, errmsg("criteria scale has no values outside its bands"),
					errdetail("Its bands hold every value, so its rule \"di luar skala\" would never apply."),
					errhint("Leave out the rule \"di luar skala\"."));
	return s;
}

/* 1.0's five-band value as parts, for scale_assemble */
static Scale *
scale_from_v1(const ScaleV1 *v)
{
	ScaleParts	parts;
	int			i;

	memset(&parts, 0, sizeof(parts));
	parts.nbands = SCALE_V1_BANDS;
	parts.outside = OUTSIDE_NONE;
	for (i = 0; i < SCALE_V1_BANDS; i++)
	{
		BandParts  *b = &parts.band[i];

		b->label = (char *) v + v->label_off[i];
		if (i < SCALE_V1_BANDS - 1)
		{
			b->lo = (Numeric) ((const char *) v + v->bound_off[i]);
			b->lo_end = ((v->inclusive >> i) & 1) ? END_GE : END_GT;
		}
	}
	return scale_assemble(&parts);
}

/* The scale held by a datum, detoasted, in the current layout. */
Scale *
scale_from_datum(Datum d)
{
	Scale	   *s = (Scale *) PG_DETOAST_DATUM(d);

	if (s->version == SCALE_LAYOUT_V1)
		return scale_from_v1((const ScaleV1 *) s);
	if (s->version != SCALE_LAYOUT_VERSION)
		elog(ERROR, "criteria scale has unknown layout version %d", s->version);
	return s;
}

/*
 * The band (0 top .. nbands - 1 bottom) that capaian falls in, compared
 * with the bounds exactly, or BAND_OUTSIDE.  NaN and the infinities are no
 * capaian at all: 22023, as from every function that takes a figure.
 */
int
scale_band(const Scale *s, Numeric capaian)
{
	int			i;

	numeric_fixed_require_finite_numeric((const struct varlena *) capaian, "capaian");
	for (i = 0; i < s->nbands; i++)
	{
		BandRange	r = scale_range(s, i);
		int			c;

		if (r.lo)
		{
			c = numeric_compare(capaian, r.lo);
			if (c < 0 || (c == 0 && !r.lo_closed))
				continue;
		}
		if (r.hi)
		{
			c = numeric_compare(capaian, r.hi);
			if (c > 0 || (c == 0 && !r.hi_closed))
				continue;
		}
		return i;
	}
	return BAND_OUTSIDE;
}

/*
 * The same, where the scale's rule for a capaian outside its bands is an
 * error: that error.  BAND_OUTSIDE only for a scale that labels them.
 */
int
scale_band_or_error(const Scale *s, Numeric capaian)
{
	int			band = scale_band(s, capaian);

	if (band == BAND_OUTSIDE && s->outside != OUTSIDE_LABEL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("capaian %s falls in no band of the criteria scale", numeric_text(capaian)),
				 errdetail("The scale's bands leave it out, and the scale makes such a capaian an error (\"di luar skala: galat\")."),
				 errhint("Check the capaian; or, if the scale's regulation grades such a capaian, say how with \"di luar skala: <label>\".")));
	return band;
}

/* text to skala */
PG_FUNCTION_INFO_V1(skala_in);
Datum
skala_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	ScaleSource src = {str, fcinfo->context};
	ScaleParts	parts;
	Scale	   *s;

	if (!scale_parse(str, &parts, &src))
		PG_RETURN_NULL();
	s = scale_build(&parts, &src);
	if (s == NULL)
		PG_RETURN_NULL();
	PG_RETURN_POINTER(s);
}

/* skala to text, in the one canonical form */
PG_FUNCTION_INFO_V1(skala_out);
Datum
skala_out(PG_FUNCTION_ARGS)
{
	Scale	   *s = PG_GETARG_SCALE_P(0);
	StringInfoData buf;
	int			i;

	initStringInfo(&buf);
	for (i = 0; i < s->nbands; i++)
	{
		ScaleEnd	lo_end = (ScaleEnd) s->band[i].lo_end;
		ScaleEnd	hi_end = (ScaleEnd) s->band[i].hi_end;

		if (i > 0)
			appendStringInfoString(&buf, "; ");
		appendStringInfoString(&buf, scale_label(s, i));
		if (lo_end != END_NONE)
			appendStringInfo(&buf, " %s%s", lo_words(lo_end), numeric_text(scale_lo(s, i)));
		if (hi_end != END_NONE)
			appendStringInfo(&buf, " %s%s%s", lo_end != END_NONE ? "- " : "",
							 hi_words(hi_end), numeric_text(scale_hi(s, i)));
	}
	if (s->outside == OUTSIDE_ERROR)
		appendStringInfoString(&buf, "; " OUTSIDE_WORDS ": " OUTSIDE_ERROR_WORD);
	else if (s->outside == OUTSIDE_LABEL)
		appendStringInfo(&buf, "; " OUTSIDE_WORDS ": %s", scale_outside_label(s));
	PG_RETURN_CSTRING(buf.data);
}

/*
 * The binary form is read with a check before every read, so that a value
 * cut short is a malformed value (22P03), never a broken message (08P01).
 */
static bool
recv_byte(StringInfo buf, int *b, const char *what, const ScaleSource *src)
{
	if (buf->cursor >= buf->len)
		scale_invalid(src, false, "The value ends before %s.", what);
	*b = pq_getmsgbyte(buf);
	return true;
}

static bool
recv_string(StringInfo buf, char **s, const char *what, const ScaleSource *src)
{
	if (buf->cursor >= buf->len ||
		memchr(&buf->data[buf->cursor], '\0', buf->len - buf->cursor) == NULL)
		scale_invalid(src, false, "The value ends before the end of %s.", what);
	*s = (char *) pq_getmsgstring(buf);
	return true;
}

/* a bound: int32 length, then numeric's binary form of that length */
static bool
recv_bound(StringInfo buf, Numeric *n, int band, const ScaleSource *src)
{
	StringInfoData nbuf;
	int			len;
	int			ndigits;
	char		saved;

	if (buf->len - buf->cursor < 4)
		scale_invalid(src, false, "The value ends before the length of a bound of band %d.", band + 1);
	len = pq_getmsgint(buf, 4);
	if (len < 0 || len > buf->len - buf->cursor)
		scale_invalid(src, false, "The bound of band %d claims %d bytes, more than the value holds.",
					  band + 1, len);
	if (len < NUMERIC_BINARY_HEADER)
		scale_invalid(src, false, "The bound of band %d has %d bytes, fewer than a number's header.",
					  band + 1, len);
	ndigits = ((unsigned char) buf->data[buf->cursor] << 8) | (unsigned char) buf->data[buf->cursor + 1];
	if (len < NUMERIC_BINARY_HEADER + 2 * ndigits)
		scale_invalid(src, false, "The bound of band %d claims %d digits, more than its %d bytes hold.",
					  band + 1, ndigits, len);
	/* numeric_recv reads a StringInfo of its own, NUL-terminated */
	nbuf.data = &buf->data[buf->cursor];
	nbuf.maxlen = len + 1;
	nbuf.len = len;
	nbuf.cursor = 0;
	saved = buf->data[buf->cursor + len];
	buf->data[buf->cursor + len] = '\0';
	*n = DatumGetNumeric(DirectFunctionCall3(numeric_recv,
											 PointerGetDatum(&nbuf),
											 ObjectIdGetDatum(InvalidOid),
											 Int32GetDatum(-1)));
	buf->data[buf->cursor + len] = saved;
	if (nbuf.cursor != len)
		scale_invalid(src, false, "The bound of band %d has %d bytes left over.",
					  band + 1, len - nbuf.cursor);
	buf->cursor += len;
	return true;
}

/*
 * Version 1 (1.0's): flags byte (bit i: bound i is ">="), four bounds,
 * five labels; the bands of 1.0's form.
 */
static bool
recv_v1(StringInfo buf, ScaleParts *parts, const ScaleSource *src)
{
	int			flags;
	int			i;

	if (!recv_byte(buf, &flags, L_("its flags"), src))
		return false;
	if (flags >> (SCALE_V1_BANDS - 1))
		scale_invalid(src, false, "The flags byte %d marks more than four bounds as inclusive.", flags);
	parts->nbands = SCALE_V1_BANDS;
	parts->outside = OUTSIDE_NONE;
	parts->outside_label = NULL;
	for (i = 0; i < SCALE_V1_BANDS - 1; i++)
	{
		if (!recv_bound(buf, &parts->band[i].lo, i, src))
			return false;
		parts->band[i].lo_end = ((flags >> i) & 1) ? END_GE : END_GT;
		parts->band[i].hi = NULL;
		parts->band[i].hi_end = END_NONE;
	}
	parts->band[i].lo = parts->band[i].hi = NULL;
	parts->band[i].lo_end = parts->band[i].hi_end = END_NONE;
	for (i = 0; i < SCALE_V1_BANDS; i++)
	{
		char		what[64];

		snprintf(what, sizeof(what), L_("the label of band %d"), i + 1);
		if (!recv_string(buf, &parts->band[i].label, what, src))
			return false;
	}
	return true;
}

/*
 * Version 2: the number of bands, the rule for values outside them (0 none,
 * 1 error, 2 label); per band the kind of its lower end (0 none, 1 ">",
 * 2 ">=", 3 bare, 4 "="), its bound if any, the kind of its upper end
 * (0 none, 3 bare, 5 "<", 6 "<="), its bound if any, its label; then the
 * label for values outside the bands, if the rule is 2.
 */
static bool
recv_v2(StringInfo buf, ScaleParts *parts, const ScaleSource *src)
{
	int			n;
	int			outside;
	int			i;

	if (!recv_byte(buf, &n, L_("its number of bands"), src) ||
		!recv_byte(buf, &outside, L_("its rule for values outside the bands"), src))
		return false;
	if (n < SCALE_MIN_BANDS || n > SCALE_MAX_BANDS)
		scale_invalid(src, false, "A scale has %d to %d bands, but this one has %d.",
					  SCALE_MIN_BANDS, SCALE_MAX_BANDS, n);
	parts->nbands = n;
	parts->outside = (ScaleOutside) outside;
	parts->outside_label = NULL;
	for (i = 0; i < n; i++)
	{
		BandParts  *b = &parts->band[i];
		int			kind;
		char		what[64];

		snprintf(what, sizeof(what), L_("the lower end of band %d"), i + 1);
		if (!recv_byte(buf, &kind, what, src))
			return false;
		b->lo_end = (ScaleEnd) kind;
		b->lo = NULL;
		if (kind != END_NONE && !recv_bound(buf, &b->lo, i, src))
			return false;
		snprintf(what, sizeof(what), L_("the upper end of band %d"), i + 1);
		if (!recv_byte(buf, &kind, what, src))
			return false;
		b->hi_end = (ScaleEnd) kind;
		b->hi = NULL;
		if (kind != END_NONE && !recv_bound(buf, &b->hi, i, src))
			return false;
		snprintf(what, sizeof(what), L_("the label of band %d"), i + 1);
		if (!recv_string(buf, &b->label, what, src))
			return false;
	}
	if (outside == OUTSIDE_LABEL &&
		!recv_string(buf, &parts->outside_label, L_("the label for values outside the bands"), src))
		return false;
	return true;
}

/* binary to skala: version byte, then version 1 (1.0's) or 2 */
PG_FUNCTION_INFO_V1(skala_recv);
Datum
skala_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	ScaleSource src = {NULL, NULL};
	ScaleParts	parts;
	int			version;

	recv_byte(buf, &version, L_("its version"), &src);
	if (version == SCALE_BINARY_V1)
		recv_v1(buf, &parts, &src);
	else if (version == SCALE_BINARY_VERSION)
		recv_v2(buf, &parts, &src);
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary value for type %s", "skala"),
				 errdetail("The value is in version %d of the binary format; this build reads versions %d and %d.",
						   version, SCALE_BINARY_V1, SCALE_BINARY_VERSION)));
	if (buf->cursor != buf->len)
		scale_invalid(&src, (Datum) 0, "The value has %d bytes left over after its last label.",
					  buf->len - buf->cursor);
	PG_RETURN_POINTER(scale_build(&parts, &src));
}

static void
send_bound(StringInfo buf, Numeric n)
{
	bytea	   *b = DatumGetByteaPP(DirectFunctionCall1(numeric_send, NumericGetDatum(n)));

	pq_sendint32(buf, VARSIZE_ANY_EXHDR(b));
	pq_sendbytes(buf, VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b));
}

/* whether 1.0 could hold the scale: five bands of its form, nothing outside */
static bool
scale_is_v1(const Scale *s)
{
	int			i;

	if (s->nbands != SCALE_V1_BANDS || s->outside != OUTSIDE_NONE)
		return false;
	for (i = 0; i < SCALE_V1_BANDS; i++)
		if (s->band[i].hi_end != END_NONE ||
			(i < SCALE_V1_BANDS - 1 ? !(s->band[i].lo_end == END_GT || s->band[i].lo_end == END_GE)
			 : s->band[i].lo_end != END_NONE))
			return false;
	return true;
}

/*
 * skala to binary, the form skala_recv reads: version 1 for a scale 1.0
 * could hold, so that 1.0 reads what this build sends of its scales, and
 * version 2 for the others
 */
PG_FUNCTION_INFO_V1(skala_send);
Datum
skala_send(PG_FUNCTION_ARGS)
{
	Scale	   *s = PG_GETARG_SCALE_P(0);
	StringInfoData buf;
	int			i;

	pq_begintypsend(&buf);
	if (scale_is_v1(s))
	{
		int			flags = 0;

		for (i = 0; i < SCALE_V1_BANDS - 1; i++)
			if (s->band[i].lo_end == END_GE)
				flags |= 1 << i;
		pq_sendbyte(&buf, SCALE_BINARY_V1);
		pq_sendbyte(&buf, flags);
		for (i = 0; i < SCALE_V1_BANDS - 1; i++)
			send_bound(&buf, scale_lo(s, i));
	}
	else
	{
		pq_sendbyte(&buf, SCALE_BINARY_VERSION);
		pq_sendbyte(&buf, s->nbands);
		pq_sendbyte(&buf, s->outside);
	}
	for (i = 0; i < s->nbands; i++)
	{
		if (!scale_is_v1(s))
		{
			pq_sendbyte(&buf, s->band[i].lo_end);
			if (s->band[i].lo_end != END_NONE)
				send_bound(&buf, scale_lo(s, i));
			pq_sendbyte(&buf, s->band[i].hi_end);
			if (s->band[i].hi_end != END_NONE)
				send_bound(&buf, scale_hi(s, i));
		}
		pq_sendstring(&buf, scale_label(s, i));
	}
	if (s->outside == OUTSIDE_LABEL)
		pq_sendstring(&buf, scale_outside_label(s));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

static inline int
int_compare(int a, int b)
{
	return (a > b) - (a < b);
}

/* bounds, a missing one first */
static int
bound_compare(Numeric a, Numeric b)
{
	if (a == NULL || b == NULL)
		return int_compare(a != NULL, b != NULL);
	return numeric_compare(a, b);
}

/*
 * The order of the b-tree class: band by band from the top, the lower end
 * (its bound, then its kind), the upper end, the label in byte order; then
 * fewer bands first; then the rule for values outside the bands.  It orders
 * scales for an index, UNIQUE and DISTINCT, not by how strict they are.  Two
 * scales are equal when they are written alike: the same bands, bounds,
 * kinds of end and words (Tabel 7 prints them alike).
 */
static int
scale_compare(const Scale *a, const Scale *b)
{
	int			n = Min(a->nbands, b->nbands);
	int			c;
	int			i;

	for (i = 0; i < n; i++)
	{
		if ((c = bound_compare(scale_lo(a, i), scale_lo(b, i))) != 0 ||
			(c = int_compare(a->band[i].lo_end, b->band[i].lo_end)) != 0 ||
			(c = bound_compare(scale_hi(a, i), scale_hi(b, i))) != 0 ||
			(c = int_compare(a->band[i].hi_end, b->band[i].hi_end)) != 0 ||
			(c = strcmp(scale_label(a, i), scale_label(b, i))) != 0)
			return c < 0 ? -1 : 1;
	}
	if ((c = int_compare(a->nbands, b->nbands)) != 0 ||
		(c = int_compare(a->outside, b->outside)) != 0)
		return c;
	if (a->outside == OUTSIDE_LABEL &&
		(c = strcmp(scale_outside_label(a), scale_outside_label(b))) != 0)
		return c < 0 ? -1 : 1;
	return 0;
}

/* the b-tree support function: skala_cmp(skala, skala) */
PG_FUNCTION_INFO_V1(skala_cmp);
Datum
skala_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(scale_compare(PG_GETARG_SCALE_P(0), PG_GETARG_SCALE_P(1)));
}

/* skala = skala */
PG_FUNCTION_INFO_V1(skala_eq);
Datum
skala_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(scale_compare(PG_GETARG_SCALE_P(0), PG_GETARG_SCALE_P(1)) == 0);
}

/* skala <> skala */
PG_FUNCTION_INFO_V1(skala_ne);
Datum
skala_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(scale_compare(PG_GETARG_SCALE_P(0), PG_GETARG_SCALE_P(1)) != 0);
}

/* skala < skala */
PG_FUNCTION_INFO_V1(skala_lt);
Datum
skala_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(scale_compare(PG_GETARG_SCALE_P(0), PG_GETARG_SCALE_P(1)) < 0);
}

/* skala <= skala */
PG_FUNCTION_INFO_V1(skala_le);
Datum
skala_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(scale_compare(PG_GETARG_SCALE_P(0), PG_GETARG_SCALE_P(1)) <= 0);
}

/* skala >= skala */
PG_FUNCTION_INFO_V1(skala_ge);
Datum
skala_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(scale_compare(PG_GETARG_SCALE_P(0), PG_GETARG_SCALE_P(1)) >= 0);
}

/* skala > skala */
PG_FUNCTION_INFO_V1(skala_gt);
Datum
skala_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(scale_compare(PG_GETARG_SCALE_P(0), PG_GETARG_SCALE_P(1)) > 0);
}

/*
 * A hash over what scale_compare compares, seeded for the 64-bit form:
 * equal scales hash alike (numeric's own hash ignores trailing zeros).
 */
static uint64
scale_hash(const Scale *s, uint64 seed)
{
	uint64		h = hash_combine64(seed, s->nbands);
	int			i;

	h = hash_combine64(h, s->outside);
	for (i = 0; i < s->nbands; i++)
	{
		h = hash_combine64(h, s->band[i].lo_end);
		if (scale_lo(s, i))
			h = hash_combine64(h, DatumGetUInt64(DirectFunctionCall2(hash_numeric_extended,
																	 NumericGetDatum(scale_lo(s, i)),
																	 UInt64GetDatum(seed))));
		h = hash_combine64(h, s->band[i].hi_end);
		if (scale_hi(s, i))
			h = hash_combine64(h, DatumGetUInt64(DirectFunctionCall2(hash_numeric_extended,
																	 NumericGetDatum(scale_hi(s, i)),
																	 UInt64GetDatum(seed))));
		h = hash_combine64(h, hash_bytes_extended((const unsigned char *) scale_label(s, i),
												  strlen(scale_label(s, i)), seed));
	}
	if (s->outside == OUTSIDE_LABEL)
		h = hash_combine64(h, hash_bytes_extended((const unsigned char *) scale_outside_label(s),
												  strlen(scale_outside_label(s)), seed));
	return h;
}

/* the hash support function: skala_hash(skala) */
PG_FUNCTION_INFO_V1(skala_hash);
Datum
skala_hash(PG_FUNCTION_ARGS)
{
	PG_RETURN_UINT32((uint32) scale_hash(PG_GETARG_SCALE_P(0), 0));
}

/* the seeded hash support function: skala_hash_extended(skala, bigint) */
PG_FUNCTION_INFO_V1(skala_hash_extended);
Datum
skala_hash_extended(PG_FUNCTION_ARGS)
{
	PG_RETURN_UINT64(scale_hash(PG_GETARG_SCALE_P(0), (uint64) PG_GETARG_INT64(1)));
}
