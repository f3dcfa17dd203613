package org.strategyatlas.model;

/**
 * What an initiative's money is for: AI alone, or a broader package (AI with chips, quantum, energy, ...) whose
 * AI part is known only when a source states a share of it.
 */
public enum Scope implements Coded {
    AI, BROADER
}
