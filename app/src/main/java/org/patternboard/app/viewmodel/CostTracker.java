package org.patternboard.app.viewmodel;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.patternboard.model.cost.estimate.CostEstimate;
import org.patternboard.model.cost.estimate.CostSession;
import org.patternboard.model.cost.estimate.EstimateOptions;
import org.patternboard.model.cost.estimate.Estimator;
import org.patternboard.model.design.Architecture;

/**
 * The live monthly estimate of the open design: re-estimated incrementally on every edit (a drag or a
 * property change costs well under a millisecond at 1,000 components, bench/cost), on the UI thread.
 */
public final class CostTracker {
    private final Estimator estimator = Estimator.standard();
    private final CostSession session = estimator.session(EstimateOptions.standard());
    private final ReadOnlyObjectWrapper<CostEstimate> estimate = new ReadOnlyObjectWrapper<>();
    private final DesignViewModel vm;
    /** One incremental session per what-if factor: the Cost tab re-prices them on every edit. */
    private final java.util.Map<Double, CostSession> whatIf = new java.util.HashMap<>();

    public CostTracker(DesignViewModel vm) {
        this.vm = vm;
        estimate.set(session.update(vm.design()));
        vm.designProperty().addListener((o, a, b) -> estimate.set(session.update(b)));
    }

    public ReadOnlyObjectProperty<CostEstimate> estimateProperty() {
        return estimate.getReadOnlyProperty();
    }

    public CostEstimate estimate() {
        return estimate.get();
    }

    /** What-if: the open design with every entry rate multiplied by {@code factor}. */
    public CostEstimate scaled(double factor) {
        Architecture a = vm.design();
        return whatIf.computeIfAbsent(factor, f -> estimator.session(EstimateOptions.standard().withScale(f))).update(a);
    }

    /** "$1,234.56", the way the app shows money. */
    public static String money(double dollars) {
        if (Double.isNaN(dollars)) {
            return "no price";
        }
        return dollars >= 100 ? String.format(java.util.Locale.ROOT, "$%,.0f", dollars)
                : String.format(java.util.Locale.ROOT, "$%,.2f", dollars);
    }
}
