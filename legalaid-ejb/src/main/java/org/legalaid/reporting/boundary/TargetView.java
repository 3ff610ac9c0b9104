package org.legalaid.reporting.boundary;

import org.legalaid.reporting.TargetMeasure;
import org.legalaid.reporting.TargetProgress;

import java.io.Serializable;

/**
 * A target with its progress on the day it was read.
 *
 * @param targetId the target
 * @param version  its version, for a change
 * @param unitId   the unit it is set for
 * @param unitName the unit's name
 * @param year     the year
 * @param measure  what it measures
 * @param progress reached and expected
 */
public record TargetView(long targetId, long version, long unitId, String unitName, int year, TargetMeasure measure,
                         TargetProgress progress) implements Serializable {
}
