package org.strategyatlas.normalise;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One figure after normalisation: every measure's bounds (empty where not computable) and the reasons for
 * each empty value, in a fixed order; {@code ok} when there are none.
 */
public record NormalisedFigure(NormaliseInput input, Map<Measure, Bounds> measures, List<String> reasons)
        implements Serializable {

    public NormalisedFigure {
        EnumMap<Measure, Bounds> all = new EnumMap<>(Measure.class);
        for (Measure m : Measure.values()) {
            all.put(m, measures.getOrDefault(m, Bounds.EMPTY));
        }
        measures = Map.copyOf(all);
        reasons = List.copyOf(reasons);
    }

    public Bounds get(Measure measure) {
        return measures.get(measure);
    }

    /** The status cell: {@code ok}, or the reasons joined by {@code ;}. */
    public String status() {
        return reasons.isEmpty() ? "ok" : String.join(";", reasons);
    }
}
