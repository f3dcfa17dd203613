package org.strategyatlas.generate;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.strategyatlas.model.Figure;
import org.strategyatlas.model.Initiative;

/**
 * A generated initiative with what its figures are drawn from: its jurisdiction and announcement year, the initiative
 * it is part of (or null), and, per currency, the largest high of its figures that state its size (a part may not
 * state a larger amount than its whole: ingest refuses it).
 */
record Planned(Initiative initiative, Jurisdiction jurisdiction, int year, Planned parent,
               Map<String, BigDecimal> largest) {

    Planned(Initiative initiative, Jurisdiction jurisdiction, int year, Planned parent) {
        this(initiative, jurisdiction, year, parent, new HashMap<>());
    }

    String id() {
        return initiative.id();
    }

    /** Records a figure of this initiative that states its size. */
    void stated(Figure f) {
        if (f.high() != null) {
            largest.merge(f.unit(), f.high(), BigDecimal::max);
        }
    }

    /** Whether {@code f}, a figure of this initiative stating its size, would be larger than the whole it is part of. */
    boolean largerThanWhole(Figure f) {
        if (parent == null) {
            return false;
        }
        BigDecimal whole = parent.largest().get(f.unit());
        BigDecimal smallest = f.low() != null ? f.low() : f.high();
        return whole != null && smallest.compareTo(whole) > 0;
    }
}
