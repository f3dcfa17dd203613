package org.strategyatlas.generate;

import org.strategyatlas.model.Basis;
import org.strategyatlas.model.FigureKind;
import org.strategyatlas.model.Funding;

/**
 * One thing an initiative states, observed by one or more sources: what the first source says, and the metric's
 * basis, funding and kind, which every observation shares. Later observations may round it, convert it to dollars
 * or disagree.
 */
record Fact(Statement statement, Basis basis, Funding funding, FigureKind kind) {
}
