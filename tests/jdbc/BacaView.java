// tests/jdbc/BacaView.java: what a BI tool (Metabase, Superset, Power BI over
// JDBC) sees of lkj's views.  For every view in schema lkj it asks the
// driver's DatabaseMetaData for the columns and fails on any column whose
// type the driver cannot map to a standard SQL type (OTHER, STRUCT,
// DISTINCT, JAVA_OBJECT: an enum or a custom type leaking out) or without a
// description (REMARKS: the column's comment, issue 14), then reads Tabel 8
// and Tabel 15 of Kunir 2024 through the driver and checks figures, and
// every fact, dimension and roll-up view (fakta_, dimensi_, rekap_).
import java.math.BigDecimal;
import java.sql.*;
import java.util.*;

public class BacaView {
    static int failures = 0;

    static void check(boolean ok, String what) {
        System.out.println((ok ? "ok   " : "FAIL ") + what);
        if (!ok) failures++;
    }

    public static void main(String[] args) throws Exception {
        String url = "jdbc:postgresql://" + env("PGHOST", "localhost") + ":" + env("PGPORT", "5432")
                + "/" + env("PGDATABASE", "postgres");
        Properties p = new Properties();
        p.setProperty("user", env("PGUSER", "postgres"));
        if (System.getenv("PGPASSWORD") != null) p.setProperty("password", System.getenv("PGPASSWORD"));
        try (Connection c = DriverManager.getConnection(url, p)) {
            DatabaseMetaData md = c.getMetaData();
            Set<Integer> bad = Set.of(Types.OTHER, Types.STRUCT, Types.DISTINCT, Types.JAVA_OBJECT, Types.NULL);
            int views = 0, columns = 0, tanpaKomentar = 0;
            List<String> bi = new ArrayList<>();
            try (ResultSet t = md.getTables(null, "lkj", "%", new String[] {"VIEW"})) {
                while (t.next()) {
                    String view = t.getString("TABLE_NAME");
                    views++;
                    if (view.matches("(fakta|dimensi|rekap)_.*")) bi.add(view);
                    try (ResultSet col = md.getColumns(null, "lkj", view, "%")) {
                        while (col.next()) {
                            columns++;
                            int type = col.getInt("DATA_TYPE");
                            String remarks = col.getString("REMARKS");
                            if (remarks == null || remarks.isEmpty()) {
                                tanpaKomentar++;
                                check(false, view + "." + col.getString("COLUMN_NAME") + " has no description (REMARKS)");
                            }
                            if (bad.contains(type))
                                check(false, view + "." + col.getString("COLUMN_NAME") + " has type "
                                        + col.getString("TYPE_NAME") + " that JDBC cannot map");
                        }
                    }
                }
            }
            check(views >= 16, views + " views with " + columns + " columns, all of standard SQL types");
            check(tanpaKomentar == 0, columns + " view columns, each with a description (REMARKS)");

            // every fact, dimension and roll-up view, read whole: numerics
            // arrive as BigDecimal, the column's description beside it
            check(bi.size() >= 9, bi.size() + " fact, dimension and roll-up views: " + bi);
            for (String view : bi) {
                int rows = 0;
                try (Statement st = c.createStatement();
                     ResultSet r = st.executeQuery("SELECT * FROM lkj." + view)) {
                    ResultSetMetaData m = r.getMetaData();
                    while (r.next()) {
                        rows++;
                        for (int i = 1; i <= m.getColumnCount(); i++) {
                            Object o = r.getObject(i);
                            if (m.getColumnType(i) == Types.NUMERIC && o != null && !(o instanceof BigDecimal))
                                check(false, view + "." + m.getColumnName(i) + " is not a BigDecimal");
                        }
                    }
                }
                check(rows > 0, "lkj." + view + " read through JDBC: " + rows + " rows");
            }
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT rata_rata_capaian, median_capaian, persen_pk_tepat_waktu, penyerapan "
                    + "FROM lkj.rekap_tahun WHERE tingkat = 'nasional' AND tahun = ?")) {
                s.setInt(1, 2024);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    // (135,76 + 113,94 + 139,12) / 3 = 129,6067; one unit: the median is its mean;
                    // PK of 10 January, due 31 January; 1 560 338 808 / 1 622 941 244 = 96,14%
                    check(new BigDecimal("129.61").equals(r.getBigDecimal(1))
                            && new BigDecimal("129.61").equals(r.getBigDecimal(2))
                            && new BigDecimal("100.00").equals(r.getBigDecimal(3))
                            && new BigDecimal("96.14").equals(r.getBigDecimal(4)),
                            "national roll-up 2024 through JDBC: " + r.getBigDecimal(1) + ", " + r.getBigDecimal(2)
                            + ", " + r.getBigDecimal(3) + ", " + r.getBigDecimal(4));
                }
            }

            try (PreparedStatement s = c.prepareStatement(
                    "SELECT * FROM lkj.tabel_8_capaian_kinerja WHERE instansi = ? AND tahun = ?")) {
                s.setString(1, "kunir");
                s.setInt(2, 2024);
                List<BigDecimal> capaian = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) capaian.add(r.getBigDecimal("capaian"));
                }
                check(capaian.equals(List.of(new BigDecimal("135.76"), new BigDecimal("113.94"),
                        new BigDecimal("139.12"))), "Tabel 8 capaian through JDBC: " + capaian);
            }
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT sum(anggaran) FILTER (WHERE jenis_baris = 'jumlah'), "
                    + "sum(penyerapan) FILTER (WHERE jenis_baris = 'jumlah') "
                    + "FROM lkj.tabel_15_realisasi_anggaran WHERE instansi = ? AND tahun = ?")) {
                s.setString(1, "kunir");
                s.setInt(2, 2024);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    check(new BigDecimal("1622941244").compareTo(r.getBigDecimal(1)) == 0
                            && new BigDecimal("96.14").equals(r.getBigDecimal(2)),
                            "Tabel 15 total through JDBC: " + r.getBigDecimal(1) + " / " + r.getBigDecimal(2));
                }
            }
        }
        System.out.println(failures == 0 ? "all JDBC checks passed" : failures + " JDBC check(s) failed");
        System.exit(failures == 0 ? 0 : 1);
    }

    static String env(String k, String d) {
        String v = System.getenv(k);
        return v == null || v.isEmpty() ? d : v;
    }
}
