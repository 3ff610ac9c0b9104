package org.legalaid.web;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A lazy table model over a boundary's "count" and "page" calls: the one shape every list screen
 * has. The functions are serialisable so that a view-scoped bean holding the model can be saved
 * with the view.
 *
 * @param <T> the row type
 */
public final class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Counts the rows the current filter matches. */
    @FunctionalInterface
    public interface Counter extends Serializable {
        long count();
    }

    /** Loads one page of rows. */
    @FunctionalInterface
    public interface PageLoader<T> extends Serializable {
        List<T> load(int first, int pageSize);
    }

    /** The row's key, for selection. */
    @FunctionalInterface
    public interface RowKey<T> extends Serializable {
        Object of(T row);
    }

    private final Counter counter;
    private final PageLoader<T> loader;
    private final RowKey<T> rowKey;

    public PagedModel(Counter counter, PageLoader<T> loader, RowKey<T> rowKey) {
        this.counter = counter;
        this.loader = loader;
        this.rowKey = rowKey;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, counter.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return loader.load(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(rowKey.of(row));
    }
}
