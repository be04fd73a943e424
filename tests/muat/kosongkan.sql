-- tests/muat/kosongkan.sql (psql -v u=<unit>): the unit's 2024 without what the templates
-- cover, what a planner fills; run by tests/t_muat.sh and bench/muat.sh
DELETE FROM lkj.realisasi WHERE instansi = :'u' AND tahun = 2024;
DELETE FROM lkj.target WHERE instansi = :'u' AND tahun = 2024;
DELETE FROM lkj.anggaran_pk WHERE instansi = :'u' AND tahun = 2024;
DELETE FROM lkj.indikator WHERE instansi = :'u' AND tahun = 2024;
DELETE FROM lkj.sub_kegiatan WHERE instansi = :'u' AND tahun = 2024;
DELETE FROM lkj.kegiatan WHERE instansi = :'u' AND tahun = 2024;
DELETE FROM lkj.program WHERE instansi = :'u' AND tahun = 2024;
DELETE FROM lkj.pegawai WHERE instansi = :'u' AND tahun = 2024;
DELETE FROM lkj.jabatan WHERE instansi = :'u';
DELETE FROM lkj.kebutuhan_pegawai WHERE instansi = :'u' AND tahun = 2024;
DELETE FROM lkj.sarana WHERE instansi = :'u' AND tahun = 2024;
DELETE FROM lkj.dokumen_desa WHERE instansi = :'u';
DELETE FROM lkj.perjanjian_kinerja WHERE instansi = :'u' AND tahun = 2024;
DELETE FROM lkj.kepala_instansi WHERE instansi = :'u' AND tahun = 2024;
-- the Renstra, its tujuan and sasaran stay (its indicators hang on them): their words changed
UPDATE lkj.renstra SET nama = 'diubah' WHERE instansi = :'u' AND 2024 BETWEEN tahun_awal AND tahun_akhir;
UPDATE lkj.tujuan t SET uraian = 'diubah' FROM lkj.renstra r
 WHERE t.instansi = :'u' AND r.instansi = t.instansi AND r.kode = t.renstra AND 2024 BETWEEN r.tahun_awal AND r.tahun_akhir;
UPDATE lkj.sasaran t SET uraian = 'diubah' FROM lkj.renstra r
 WHERE t.instansi = :'u' AND r.instansi = t.instansi AND r.kode = t.renstra AND 2024 BETWEEN r.tahun_awal AND r.tahun_akhir;
