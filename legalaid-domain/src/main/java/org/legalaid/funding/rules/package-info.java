/**
 * The anti-misappropriation rules: one class per rule, each with one responsibility, pure Java over
 * facts that the funding boundary gathers ({@link org.legalaid.funding.rules.ClaimFacts}), each finding
 * explained in plain language with its evidence. They run on every claim before approval and nightly
 * over everything.
 */
package org.legalaid.funding.rules;
