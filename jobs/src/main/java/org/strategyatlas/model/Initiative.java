package org.strategyatlas.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/** A strategy, plan, fund, programme, partnership, event or regulation of one jurisdiction. */
public record Initiative(String id, String jurisdiction, String name, InitiativeKind kind, PartialDate announced,
                         Integer startYear, Integer endYear, HorizonKind horizonKind, String containedIn,
                         List<String> overlapsWith, String scopeNote, String source, String notes, Scope scope,
                         BigDecimal aiShareLow, BigDecimal aiShareHigh, String aiShareSource, String supersededBy) {

    public Initiative {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(announced, "announced");
        Objects.requireNonNull(horizonKind, "horizonKind");
        Objects.requireNonNull(source, "source");
        containedIn = containedIn == null ? "" : containedIn;
        overlapsWith = List.copyOf(overlapsWith);
        scopeNote = scopeNote == null ? "" : scopeNote;
        notes = notes == null ? "" : notes;
        Objects.requireNonNull(scope, "scope");
        aiShareSource = aiShareSource == null ? "" : aiShareSource;
        supersededBy = supersededBy == null ? "" : supersededBy;
        if ((aiShareLow == null) != (aiShareHigh == null)) {
            throw new IllegalArgumentException("initiative " + id + " needs both AI share bounds or neither");
        }
        if (startYear != null && endYear != null && endYear < startYear) {
            throw new IllegalArgumentException("initiative " + id + " ends before it starts");
        }
        if (horizonKind == HorizonKind.OPEN && endYear != null) {
            throw new IllegalArgumentException("initiative " + id + " has an open horizon but an end year");
        }
        if (horizonKind != HorizonKind.OPEN && (startYear == null || endYear == null)) {
            throw new IllegalArgumentException("initiative " + id + " needs a start and an end year");
        }
    }

    /** Initiatives made before scopes existed: AI-specific, no share, not superseded. */
    public Initiative(String id, String jurisdiction, String name, InitiativeKind kind, PartialDate announced,
                      Integer startYear, Integer endYear, HorizonKind horizonKind, String containedIn,
                      List<String> overlapsWith, String scopeNote, String source, String notes) {
        this(id, jurisdiction, name, kind, announced, startYear, endYear, horizonKind, containedIn, overlapsWith,
                scopeNote, source, notes, Scope.AI, null, null, "", "");
    }

    /** Whether a stated share of the package is AI money. */
    public boolean hasAiShare() {
        return aiShareLow != null;
    }

    /** Years the plan runs, counting both ends; empty for an open horizon. */
    public OptionalInt horizonYears() {
        return horizonKind == HorizonKind.OPEN ? OptionalInt.empty() : OptionalInt.of(endYear - startYear + 1);
    }
}
