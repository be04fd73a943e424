-- data/demo.sql: the main job, run by "make demo" on a throw-away cluster.
CREATE EXTENSION lkj;
SELECT extname, extversion FROM pg_extension WHERE extname = 'lkj';
