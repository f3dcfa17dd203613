package org.strategyatlas.run;

/**
 * Named points in the publishing of a run where the fault tests stop the process dead, as a SIGKILL or a
 * power cut would: {@code -Datlas.fault.haltAt=<point>} halts the JVM there without any clean-up. Unset (the
 * normal case) it does nothing.
 */
final class Faults {

    static final String PROPERTY = "atlas.fault.haltAt";

    /** After the CSV tables, before the workbook. */
    static final String TABLES_WRITTEN = "tables-written";
    /** After every output, before manifest.json. */
    static final String OUTPUTS_WRITTEN = "outputs-written";
    /** After manifest.json, before the folder is renamed into place. */
    static final String BEFORE_RENAME = "before-rename";
    /** After the rename, before latest is switched. */
    static final String BEFORE_LATEST = "before-latest";

    private Faults() {
    }

    static void point(String name) {
        if (name.equals(System.getProperty(PROPERTY))) {
            Runtime.getRuntime().halt(137);
        }
    }
}
