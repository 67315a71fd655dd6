package io.sasil.common.contract;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param items the items of this page
 * @param page  the page index, from 0
 * @param size  the page size asked for
 * @param total how many items match in all
 */
public record Page<T>(List<T> items, int page, int size, long total) {
}
