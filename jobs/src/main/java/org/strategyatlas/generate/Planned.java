package org.strategyatlas.generate;

import org.strategyatlas.model.Initiative;

/** A generated initiative with what its figures are drawn from: its jurisdiction and announcement year. */
record Planned(Initiative initiative, Jurisdiction jurisdiction, int year) {

    String id() {
        return initiative.id();
    }
}
