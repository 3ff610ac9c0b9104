package org.legalaid.quality;

/** Where a sampled case stands: waiting for its initial evaluation, its re-evaluation or the panel, or evaluated. */
public enum SampleState {
    INITIAL, REEVALUATION, PANEL, EVALUATED;

    public String labelKey() {
        return "quality.sampleState." + name();
    }
}
