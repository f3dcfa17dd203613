package org.strategyatlas.compare;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.strategyatlas.model.Basis;
import org.strategyatlas.model.Dataset;
import org.strategyatlas.model.Figure;
import org.strategyatlas.model.FigureKind;
import org.strategyatlas.model.Initiative;

/**
 * Which figures a jurisdiction's investment total adds up, so that nothing is counted twice: investment
 * figures of kind {@code total} that are not cancellations, of initiatives that no enclosing initiative
 * ({@code contained_in}, transitively) already counts. Several observations of one initiative are one
 * amount: totals take their envelope (lowest low, highest high), never their sum.
 */
public final class TotalsRule {

    static final String INVESTMENT = "investment";

    private TotalsRule() {
    }

    /** Whether one figure is the kind of money a total adds up, whatever its initiative. */
    static boolean candidate(Figure f) {
        return INVESTMENT.equals(f.metric()) && f.kind() == FigureKind.TOTAL && f.basis() != Basis.CANCELLATION
                && !f.isCount();
    }

    /** The ids of the figures that count toward totals. */
    public static Set<String> inTotals(Dataset data) {
        Map<String, Initiative> byId = data.initiatives().stream()
                .collect(Collectors.toMap(Initiative::id, Function.identity()));
        Set<String> funded = data.figures().stream().filter(TotalsRule::candidate).map(Figure::initiative)
                .collect(Collectors.toSet());
        Map<String, Boolean> coveredByAncestor = new HashMap<>();
        Set<String> counted = new HashSet<>();
        for (Figure f : data.figures()) {
            if (candidate(f) && !covered(f.initiative(), byId, funded, coveredByAncestor)) {
                counted.add(f.id());
            }
        }
        return counted;
    }

    /** True when an initiative enclosing {@code id} has figures of its own that count. */
    private static boolean covered(String id, Map<String, Initiative> byId, Set<String> funded,
                                   Map<String, Boolean> memo) {
        Boolean known = memo.get(id);
        if (known != null) {
            return known;
        }
        boolean result = false;
        String parent = byId.get(id).containedIn();
        Set<String> seen = new HashSet<>();
        while (!parent.isEmpty() && seen.add(parent)) { // ingest has refused cycles; the set is a safety net
            if (funded.contains(parent)) {
                result = true;
                break;
            }
            parent = byId.get(parent).containedIn();
        }
        memo.put(id, result);
        return result;
    }
}
