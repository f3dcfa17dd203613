package org.strategyatlas.normalise;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import org.strategyatlas.reference.Indicators;
import org.strategyatlas.reference.ReferenceData;

/**
 * The normalisation rules (DESIGN.md, Normalisation) as a pure function of one figure and the reference data:
 * nominal and constant money in the target currency, PPP, per capita, share of GDP, per year of the plan, and
 * counts per million inhabitants. What cannot be computed stays empty with a reason; nothing is guessed.
 */
public final class Normaliser implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ReferenceData reference;
    private final int baseYear;
    private final String currency;

    /** @param currency the target currency of the money measures: USD, or EUR (via the euro area's rate) */
    public Normaliser(ReferenceData reference, int baseYear, String currency) {
        this.reference = Objects.requireNonNull(reference, "reference");
        if (!"USD".equals(currency) && !"EUR".equals(currency)) {
            throw new IllegalArgumentException("target currency must be USD or EUR, not '" + currency + "'");
        }
        this.baseYear = baseYear;
        this.currency = currency;
    }

    public int baseYear() {
        return baseYear;
    }

    public String currency() {
        return currency;
    }

    public NormalisedFigure normalise(NormaliseInput in) {
        Set<String> reasons = new LinkedHashSet<>();
        Map<Measure, Bounds> out = new EnumMap<>(Measure.class);
        if (in.low() == null) {
            reasons.add("open_low");
        }
        if (in.high() == null) {
            reasons.add("open_high");
        }
        if (in.money()) {
            money(in, out, reasons);
        } else {
            count(in, out, reasons);
        }
        return new NormalisedFigure(in, out, reasons.stream().toList());
    }

    private void count(NormaliseInput in, Map<Measure, Bounds> out, Set<String> reasons) {
        reasons.add("count_metric");
        if (!in.perCapita()) {
            reasons.add("not_per_capita_metric");
            return;
        }
        lookup(Indicators.POPULATION, in.jurisdiction(), in.priceYear(),
                "no_population_" + in.jurisdiction(), reasons)
                .ifPresent(pop -> out.put(Measure.PER_MILLION, apply(in, x -> x / pop * 1e6)));
    }

    private void money(NormaliseInput in, Map<Measure, Bounds> out, Set<String> reasons) {
        String c = in.unit();
        Optional<String> issuer = Currencies.issuer(c);
        if (issuer.isEmpty()) {
            reasons.add("no_issuing_economy_" + c);
            return;
        }
        String economy = issuer.get();
        int p = in.priceYear();
        Optional<Double> fxP = fx(economy, c, p, reasons);
        Optional<Double> toTargetP = toTarget(p, reasons);
        Optional<Double> nominalUsdFactor = fxP.map(f -> 1 / f);
        nominalUsdFactor.flatMap(f -> toTargetP.map(t -> f * t))
                .ifPresent(f -> out.put(Measure.NOMINAL, apply(in, x -> x * f)));

        Optional<Double> deflP = deflator(economy, p, reasons);
        Optional<Double> deflB = deflator(economy, baseYear, reasons);
        Optional<Double> fxB = fx(economy, c, baseYear, reasons);
        Optional<Double> toTargetB = toTarget(baseYear, reasons);
        Optional<Double> constantFactor = Optional.empty();
        if (deflP.isPresent() && deflB.isPresent() && fxB.isPresent() && toTargetB.isPresent()) {
            double f = deflB.get() / deflP.get() / fxB.get() * toTargetB.get();
            constantFactor = Optional.of(f);
            out.put(Measure.CONSTANT, apply(in, x -> x * f));
        }

        Optional<String> own = Currencies.own(in.jurisdiction());
        if (own.isPresent() && own.get().equals(c)) {
            lookup(Indicators.PPP_LCU_PER_INTL_USD, in.jurisdiction(), p, "no_ppp_" + in.jurisdiction(), reasons)
                    .ifPresent(ppp -> out.put(Measure.PPP, apply(in, x -> x / ppp)));
        } else {
            reasons.add("ppp_not_own_currency");
        }

        Optional<Double> population = lookup(Indicators.POPULATION, in.jurisdiction(), p,
                "no_population_" + in.jurisdiction(), reasons);
        if (constantFactor.isPresent() && population.isPresent()) {
            double f = constantFactor.get() / population.get();
            out.put(Measure.PER_CAPITA, apply(in, x -> x * f));
        }

        Optional<Double> gdp = lookup(Indicators.GDP_CURRENT_USD, in.jurisdiction(), p, "no_gdp_" + in.jurisdiction(), reasons);
        Optional<Double> pctFactor = nominalUsdFactor.flatMap(f -> gdp.map(g -> f / g * 100));
        pctFactor.ifPresent(f -> out.put(Measure.PCT_GDP, apply(in, x -> x * f)));

        Integer years = in.perYear() ? Integer.valueOf(1) : in.horizonYears();
        if (years == null) {
            reasons.add("no_horizon");
            return;
        }
        constantFactor.ifPresent(f -> out.put(Measure.ANNUAL_CONSTANT, apply(in, x -> x * f / years)));
        pctFactor.ifPresent(f -> out.put(Measure.PCT_GDP_PER_YEAR, apply(in, x -> x * f / years)));
    }

    /** Units of the currency per US$ in {@code year}, from the issuing economy's official rate. */
    private Optional<Double> fx(String economy, String currencyCode, int year, Set<String> reasons) {
        return lookup(Indicators.FX_LCU_PER_USD, economy, year, "no_fx_" + currencyCode, reasons);
    }

    /** Multiplier from US$ to the target currency in {@code year}: 1 for USD, EUR per US$ for EUR. */
    private Optional<Double> toTarget(int year, Set<String> reasons) {
        if ("USD".equals(currency)) {
            return Optional.of(1.0);
        }
        return lookup(Indicators.FX_LCU_PER_USD, Currencies.EURO_AREA, year, "no_fx_EUR", reasons);
    }

    private Optional<Double> deflator(String economy, int year, Set<String> reasons) {
        return lookup(Indicators.DEFLATOR_INDEX, economy, year, "no_deflator_" + economy, reasons);
    }

    /** The value, or empty with the reason {@code <reason>_<year>} recorded (a zero or negative value is no value). */
    private Optional<Double> lookup(String indicator, String economy, int year, String reason, Set<String> reasons) {
        Optional<BigDecimal> value = reference.value(indicator, economy, year);
        if (value.isEmpty() || value.get().signum() <= 0) {
            reasons.add(reason + "_" + year);
            return Optional.empty();
        }
        return Optional.of(value.get().doubleValue());
    }

    private static Bounds apply(NormaliseInput in, DoubleUnaryOperator f) {
        return new Bounds(in.low() == null ? null : f.applyAsDouble(in.low().doubleValue()),
                in.high() == null ? null : f.applyAsDouble(in.high().doubleValue()));
    }
}
