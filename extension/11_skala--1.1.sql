-- ======================================================================
-- skala: scales of any number of bands, their order and hash (1.1)
-- ======================================================================

-- (section: skala)

/*
 * Issue 9, item 1.  The type @extschema@.skala keeps its name and its I/O functions
 * (the same C symbols, which read 1.0's five-band values on disk and on the
 * wire and write the n-band layout since 1.1), so a scale stored by 1.0
 * reads as before.  What 1.1 adds is not replaceable: a b-tree class (one
 * cmp function, the operators thin wrappers around it) and a hash class
 * consistent with =, so a skala column takes a UNIQUE index, GROUP BY and
 * DISTINCT.  This part runs in the fresh install and in the upgrade from 1.0
 * alike.
 */

COMMENT ON TYPE @extschema@.skala IS
  'criteria scale: 2 to 10 bands top first, each with its own word and its interval as the scale words it (> x, >= x, x - y, = x, < y, or up to the band above), and its rule for a capaian that no band holds (di luar skala: galat, or a label)';
COMMENT ON FUNCTION @extschema@.skala_in(cstring) IS
  'input of @extschema@.skala: ''Sangat Tinggi > 90; Tinggi > 75; Sedang > 65; Rendah > 50; Sangat Rendah'' or ''A 91 - 100; B 76 - 90; C <= 75; di luar skala: galat'' (">=" and "<=", or U+2265 and U+2264 in a UTF8 database, for a closed end)';
COMMENT ON FUNCTION @extschema@.skala_recv(internal) IS
  'binary input of @extschema@.skala (version byte first: 1, the five bands of 1.0, or 2, any scale), checked as skala_in checks text; a malformed value is 22P03';
COMMENT ON FUNCTION @extschema@.skala_send(@extschema@.skala) IS
  'binary output of @extschema@.skala: version 1 (flags of the closed bounds, four numerics, five labels) for a scale 1.0 could hold, else version 2 (bands, rule, per band its ends and label)';
COMMENT ON FUNCTION @extschema@.skala_eq(@extschema@.skala, @extschema@.skala) IS
  'whether two scales are written alike: the same bands, bounds, kinds of end, words and rule for values outside them';
COMMENT ON FUNCTION @extschema@.skala_ne(@extschema@.skala, @extschema@.skala) IS
  'whether two scales differ in a band, a bound, a kind of end, a word or the rule for values outside them';

CREATE FUNCTION @extschema@.skala_cmp(@extschema@.skala, @extschema@.skala) RETURNS integer
  AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.skala_cmp(@extschema@.skala, @extschema@.skala) IS
  'b-tree order of scales (for indexes, UNIQUE, DISTINCT; no ranking): band by band from the top, lower end, upper end, word; then fewer bands first; then the rule for values outside them; 0 exactly when skala_eq';

CREATE FUNCTION @extschema@.skala_lt(@extschema@.skala, @extschema@.skala) RETURNS boolean
  AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.skala_lt(@extschema@.skala, @extschema@.skala) IS 'skala_cmp < 0';
CREATE FUNCTION @extschema@.skala_le(@extschema@.skala, @extschema@.skala) RETURNS boolean
  AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.skala_le(@extschema@.skala, @extschema@.skala) IS 'skala_cmp <= 0';
CREATE FUNCTION @extschema@.skala_ge(@extschema@.skala, @extschema@.skala) RETURNS boolean
  AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.skala_ge(@extschema@.skala, @extschema@.skala) IS 'skala_cmp >= 0';
CREATE FUNCTION @extschema@.skala_gt(@extschema@.skala, @extschema@.skala) RETURNS boolean
  AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.skala_gt(@extschema@.skala, @extschema@.skala) IS 'skala_cmp > 0';

CREATE FUNCTION @extschema@.skala_hash(@extschema@.skala) RETURNS integer
  AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.skala_hash(@extschema@.skala) IS
  'hash of a scale, equal for scales that skala_eq finds equal (hash class support 1)';
CREATE FUNCTION @extschema@.skala_hash_extended(@extschema@.skala, bigint) RETURNS bigint
  AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.skala_hash_extended(@extschema@.skala, bigint) IS
  'seeded 64-bit hash of a scale (hash class support 2, hash partitioning)';

CREATE OPERATOR @extschema@.< (
  LEFTARG = @extschema@.skala, RIGHTARG = @extschema@.skala, FUNCTION = @extschema@.skala_lt,
  COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
  RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
COMMENT ON OPERATOR @extschema@.< (@extschema@.skala, @extschema@.skala) IS 'before in the b-tree order of scales';
CREATE OPERATOR @extschema@.<= (
  LEFTARG = @extschema@.skala, RIGHTARG = @extschema@.skala, FUNCTION = @extschema@.skala_le,
  COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
  RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.skala, @extschema@.skala) IS 'before or equal in the b-tree order of scales';
CREATE OPERATOR @extschema@.>= (
  LEFTARG = @extschema@.skala, RIGHTARG = @extschema@.skala, FUNCTION = @extschema@.skala_ge,
  COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
  RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.skala, @extschema@.skala) IS 'after or equal in the b-tree order of scales';
CREATE OPERATOR @extschema@.> (
  LEFTARG = @extschema@.skala, RIGHTARG = @extschema@.skala, FUNCTION = @extschema@.skala_gt,
  COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
  RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
COMMENT ON OPERATOR @extschema@.> (@extschema@.skala, @extschema@.skala) IS 'after in the b-tree order of scales';

CREATE OPERATOR CLASS @extschema@.skala_ops
  DEFAULT FOR TYPE @extschema@.skala USING btree AS
    OPERATOR 1 @extschema@.< ,
    OPERATOR 2 @extschema@.<= ,
    OPERATOR 3 @extschema@.= ,
    OPERATOR 4 @extschema@.>= ,
    OPERATOR 5 @extschema@.> ,
    FUNCTION 1 @extschema@.skala_cmp(@extschema@.skala, @extschema@.skala);
COMMENT ON OPERATOR CLASS @extschema@.skala_ops USING btree IS
  'b-tree class of @extschema@.skala: UNIQUE, ORDER BY, GROUP BY and DISTINCT on a scale';
COMMENT ON OPERATOR FAMILY @extschema@.skala_ops USING btree IS
  'the b-tree family of @extschema@.skala (its one class, skala_ops)';

CREATE OPERATOR CLASS @extschema@.skala_hash_ops
  DEFAULT FOR TYPE @extschema@.skala USING hash AS
    OPERATOR 1 @extschema@.= ,
    FUNCTION 1 @extschema@.skala_hash(@extschema@.skala),
    FUNCTION 2 @extschema@.skala_hash_extended(@extschema@.skala, bigint);
COMMENT ON OPERATOR CLASS @extschema@.skala_hash_ops USING hash IS
  'hash class of @extschema@.skala: hashed GROUP BY and DISTINCT, hash indexes and partitions';
COMMENT ON OPERATOR FAMILY @extschema@.skala_hash_ops USING hash IS
  'the hash family of @extschema@.skala (its one class, skala_hash_ops)';
