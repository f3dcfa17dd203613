package org.strategyatlas.model;

/**
 * How firm an amount of money is, from a budget law to a rumour: the {@link Basis} values grouped into four
 * classes a reader understands. The order is from the firmest to the softest; the first three make up the headline
 * total, targets and reports are shown apart. A cancellation belongs to no class.
 */
public enum CommitmentClass implements Coded {
    /** Budgeted public money: an appropriation. */
    BUDGETED("budgeted public money"),
    /** Plans and requests: a budget request, a proposal, a government's strategy envelope, a public credit line. */
    PLANNED("plans and requests"),
    /** Pledges: commitments of firms, sovereign funds or partnerships. */
    PLEDGED("pledges"),
    /** Targets and reports: mobilisation and AUM targets, estimates, unofficial reports. */
    TARGETS("targets and reports");

    private final String label;

    CommitmentClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the class is part of the headline total. */
    public boolean headline() {
        return this != TARGETS;
    }

    /** The class of a basis; null for a cancellation. */
    public static CommitmentClass of(Basis basis) {
        return switch (basis) {
            case APPROPRIATION -> BUDGETED;
            case BUDGET_REQUEST, PROPOSAL, COMMITMENT, CREDIT -> PLANNED;
            case PLEDGE -> PLEDGED;
            case MOBILISATION_TARGET, AUM_TARGET, ESTIMATE, REPORTED -> TARGETS;
            case CANCELLATION -> null;
        };
    }
}
