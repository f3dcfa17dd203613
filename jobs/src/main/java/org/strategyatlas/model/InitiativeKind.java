package org.strategyatlas.model;

/** What sort of thing an initiative is. */
public enum InitiativeKind implements Coded {
    STRATEGY, ACTION_PLAN, INVESTMENT_PLAN, BUDGET_MEASURE, FUND, INVESTMENT_VEHICLE, PARTNERSHIP, PROGRAMME,
    INFRASTRUCTURE, RESEARCH_PROJECT, SUMMIT, HACKATHON, REPORT, REGULATION
}
