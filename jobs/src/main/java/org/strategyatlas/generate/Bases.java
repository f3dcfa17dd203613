package org.strategyatlas.generate;

import java.util.SplittableRandom;
import org.strategyatlas.model.Basis;
import org.strategyatlas.model.Funding;
import org.strategyatlas.model.InitiativeKind;

/** What kind of money an initiative's figures are, and who pays, as the kind of initiative makes likely. */
final class Bases {

    private Bases() {
    }

    static Basis basis(InitiativeKind kind, SplittableRandom random) {
        int draw = random.nextInt(100);
        if (draw < 4) {
            return Basis.ESTIMATE;
        }
        if (draw < 7) {
            return Basis.REPORTED;
        }
        if (draw < 9) {
            return Basis.CANCELLATION;
        }
        return switch (kind) {
            case BUDGET_MEASURE -> draw < 75 ? Basis.APPROPRIATION : draw < 90 ? Basis.BUDGET_REQUEST : Basis.PROPOSAL;
            case FUND -> draw < 50 ? Basis.COMMITMENT : draw < 80 ? Basis.MOBILISATION_TARGET : Basis.CREDIT;
            case INVESTMENT_VEHICLE -> draw < 60 ? Basis.AUM_TARGET : Basis.COMMITMENT;
            case SUMMIT, PARTNERSHIP -> draw < 70 ? Basis.PLEDGE : Basis.COMMITMENT;
            case INVESTMENT_PLAN -> draw < 50 ? Basis.MOBILISATION_TARGET : draw < 80 ? Basis.COMMITMENT
                    : Basis.PLEDGE;
            default -> draw < 55 ? Basis.APPROPRIATION : Basis.COMMITMENT;
        };
    }

    static Funding funding(Basis basis, SplittableRandom random) {
        int draw = random.nextInt(100);
        return switch (basis) {
            case PLEDGE -> draw < 70 ? Funding.PRIVATE : Funding.MIXED;
            case MOBILISATION_TARGET -> draw < 70 ? Funding.MIXED : Funding.PRIVATE;
            case AUM_TARGET -> Funding.SOVEREIGN_FUND;
            case REPORTED, ESTIMATE -> draw < 40 ? Funding.MIXED : draw < 70 ? Funding.PRIVATE : Funding.PUBLIC;
            default -> draw < 90 ? Funding.PUBLIC : Funding.MIXED;
        };
    }
}
