package org.strategyatlas.model;

/** What kind of money a figure is: the reason announced amounts are not comparable as published. */
public enum Basis implements Coded {
    APPROPRIATION, BUDGET_REQUEST, PROPOSAL, COMMITMENT, PLEDGE, MOBILISATION_TARGET, AUM_TARGET, CREDIT, CANCELLATION,
    ESTIMATE, REPORTED
}
