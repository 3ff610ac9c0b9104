package org.legalaid.quality;

/** The level of an evaluator pool (seed 004 "市、县（市、区）两级法律援助评估师人才库"). */
public enum PoolLevel {
    CITY, DISTRICT;

    public String labelKey() {
        return "quality.poolLevel." + name();
    }
}
