package org.legalaid.web;

import org.primefaces.component.tree.Tree;
import org.primefaces.model.TreeNode;

/**
 * PrimeFaces' tree, taking a tampered selection for no selection (issue 19: the units page's tree
 * posted with the selection {@code default} answered 500). A row key is the path of child indexes
 * ({@code 0_2_1}); PrimeFaces parses it without a check, so anything else threw
 * {@link NumberFormatException} while the request was decoded. Registered for PrimeFaces' component
 * type in {@code faces-config.xml}, so every {@code p:tree} of every page is this one.
 */
public class SafeTree extends Tree {

    /** Whether a text is a row key PrimeFaces can read: {@code root} or child indexes joined by {@code _}. */
    static boolean isRowKey(String rowKey) {
        return "root".equals(rowKey) || rowKey.matches("[0-9]{1,6}(_[0-9]{1,6}){0,63}");
    }

    @Override
    protected TreeNode<?> findTreeNode(TreeNode<?> searchRoot, String rowKey) {
        if (rowKey != null && !isRowKey(rowKey)) {
            return null;
        }
        try {
            return super.findTreeNode(searchRoot, rowKey);
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            return null;
        }
    }
}
