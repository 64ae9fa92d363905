package io.faultline.features.stats;

import java.util.NoSuchElementException;

/**
 * A multiset of doubles that answers rank and selection queries. It is an AVL tree
 * (Adelson-Velsky &amp; Landis, 1962) augmented with subtree sizes, the order-statistic tree of
 * Cormen, Leiserson, Rivest &amp; Stein, <i>Introduction to Algorithms</i>, ch. 14; each node holds
 * one distinct value with its multiplicity, so runs of duplicates cost one node.
 *
 * <p>{@link #add}, {@link #remove}, {@link #select}, {@link #countLess} and
 * {@link #countLessOrEqual} are O(log d), d being the number of distinct values. NaN is
 * rejected and {@code -0.0} is stored as {@code 0.0}, so every value has one place in the order.
 * Not thread-safe.
 */
public final class OrderStatisticMultiset {

    private static final class Node {
        final double value;
        int count = 1;
        int size = 1;
        int height = 1;
        Node left;
        Node right;

        Node(double value) {
            this.value = value;
        }
    }

    private Node root;

    /** The number of values held, duplicates counted. */
    public int size() {
        return size(root);
    }

    public void add(double value) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("value must not be NaN");
        }
        root = insert(root, value + 0.0);
    }

    /** Removes one occurrence of {@code value}; returns false when it was not present. */
    public boolean remove(double value) {
        if (Double.isNaN(value)) {
            return false;
        }
        int before = size();
        root = delete(root, value + 0.0);
        return size() < before;
    }

    public void clear() {
        root = null;
    }

    /** The {@code k}-th smallest value, 0-based, duplicates counted. */
    public double select(int k) {
        if (k < 0 || k >= size()) {
            throw new NoSuchElementException("rank must be in [0, " + size() + "), was " + k);
        }
        Node node = root;
        while (true) {
            int leftSize = size(node.left);
            if (k < leftSize) {
                node = node.left;
            } else if (k < leftSize + node.count) {
                return node.value;
            } else {
                k -= leftSize + node.count;
                node = node.right;
            }
        }
    }

    /** How many values are strictly less than {@code value}. */
    public int countLess(double value) {
        return rank(value + 0.0, false);
    }

    /** How many values are less than or equal to {@code value}. */
    public int countLessOrEqual(double value) {
        return rank(value + 0.0, true);
    }

    private int rank(double value, boolean inclusive) {
        int rank = 0;
        Node node = root;
        while (node != null) {
            int c = Double.compare(value, node.value);
            if (c < 0) {
                node = node.left;
            } else if (c > 0) {
                rank += size(node.left) + node.count;
                node = node.right;
            } else {
                return rank + size(node.left) + (inclusive ? node.count : 0);
            }
        }
        return rank;
    }

    private static Node insert(Node node, double value) {
        if (node == null) {
            return new Node(value);
        }
        int c = Double.compare(value, node.value);
        if (c < 0) {
            node.left = insert(node.left, value);
        } else if (c > 0) {
            node.right = insert(node.right, value);
        } else {
            node.count++;
        }
        return rebalance(node);
    }

    private static Node delete(Node node, double value) {
        if (node == null) {
            return null;
        }
        int c = Double.compare(value, node.value);
        if (c < 0) {
            node.left = delete(node.left, value);
        } else if (c > 0) {
            node.right = delete(node.right, value);
        } else if (node.count > 1) {
            node.count--;
        } else if (node.left == null || node.right == null) {
            return node.left == null ? node.right : node.left;
        } else {
            Node successor = node.right;
            while (successor.left != null) {
                successor = successor.left;
            }
            successor.right = deleteMin(node.right);
            successor.left = node.left;
            node = successor;
        }
        return rebalance(node);
    }

    private static Node deleteMin(Node node) {
        if (node.left == null) {
            return node.right;
        }
        node.left = deleteMin(node.left);
        return rebalance(node);
    }

    private static Node rebalance(Node node) {
        update(node);
        int balance = height(node.left) - height(node.right);
        if (balance > 1) {
            if (height(node.left.left) < height(node.left.right)) {
                node.left = rotateLeft(node.left);
            }
            return rotateRight(node);
        }
        if (balance < -1) {
            if (height(node.right.right) < height(node.right.left)) {
                node.right = rotateRight(node.right);
            }
            return rotateLeft(node);
        }
        return node;
    }

    private static Node rotateRight(Node node) {
        Node pivot = node.left;
        node.left = pivot.right;
        pivot.right = node;
        update(node);
        update(pivot);
        return pivot;
    }

    private static Node rotateLeft(Node node) {
        Node pivot = node.right;
        node.right = pivot.left;
        pivot.left = node;
        update(node);
        update(pivot);
        return pivot;
    }

    private static void update(Node node) {
        node.height = 1 + Math.max(height(node.left), height(node.right));
        node.size = node.count + size(node.left) + size(node.right);
    }

    private static int height(Node node) {
        return node == null ? 0 : node.height;
    }

    private static int size(Node node) {
        return node == null ? 0 : node.size;
    }

    /** The height of the tree; exposed so tests can check the AVL bound. */
    int height() {
        return height(root);
    }
}
