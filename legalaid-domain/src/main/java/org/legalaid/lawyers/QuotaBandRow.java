package org.legalaid.lawyers;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;


/** A {@link FirmBand} as stored with its rule (table {@code quota_firm_band}). */
@Embeddable
public class QuotaBandRow implements Serializable {

    @Column(name = "min_lawyers", nullable = false)
    private int minLawyers;

    @Column(name = "max_lawyers")
    private Integer maxLawyers;

    @Column(name = "cases", nullable = false)
    private int cases;

    protected QuotaBandRow() {
        // for JPA
    }

    QuotaBandRow(FirmBand band) {
        this.minLawyers = band.minLawyers();
        this.maxLawyers = band.maxLawyers();
        this.cases = band.cases();
    }

    public FirmBand band() {
        return new FirmBand(minLawyers, maxLawyers, cases);
    }
}
