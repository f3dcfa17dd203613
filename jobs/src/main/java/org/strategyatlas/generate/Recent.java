package org.strategyatlas.generate;

import java.util.SplittableRandom;

/**
 * The last few initiatives generated, which new ones may be contained in or overlap with: a ring of fixed size,
 * so references stay local and memory stays bounded however many initiatives are written. Only initiatives
 * contained in nothing are kept as parents, so {@code contained_in} chains are one step long and never cycle.
 */
final class Recent {

    private final Planned[] ring;
    private int size;
    private int next;

    Recent(int capacity) {
        ring = new Planned[capacity];
    }

    void add(Planned planned) {
        ring[next] = planned;
        next = (next + 1) % ring.length;
        size = Math.min(size + 1, ring.length);
    }

    boolean isEmpty() {
        return size == 0;
    }

    Planned pick(SplittableRandom random) {
        return ring[random.nextInt(size)];
    }
}
