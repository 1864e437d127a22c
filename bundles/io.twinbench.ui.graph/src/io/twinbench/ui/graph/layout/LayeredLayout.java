package io.twinbench.ui.graph.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A layered layout for dependency graphs that stays readable and linear-time at thousands
 * of nodes: what depends on things sits above what it depends on, nodes in a layer are
 * ordered by the barycenter of their neighbours to shorten edges, and wide layers wrap into
 * rows so the drawing keeps a reasonable aspect ratio. Works on indices, so it has no
 * dependency on EMF or SWT and can be tested and measured alone.
 */
public final class LayeredLayout {

    public static final int NODE_WIDTH = 168;
    public static final int NODE_HEIGHT = 40;
    private static final int H_GAP = 24;
    private static final int ROW_GAP = 28;
    private static final int LAYER_GAP = 72;

    /** The result: the top-left corner of each node. */
    public record Result(int[] x, int[] y) {
    }

    /**
     * @param nodeCount nodes are 0..nodeCount-1
     * @param sources   edge i goes from sources[i] (the dependent) to targets[i] (the dependency)
     * @param initialOrder tie-breaking order of the nodes, e.g. by kind and name
     */
    public Result layout(int nodeCount, int[] sources, int[] targets, Comparator<Integer> initialOrder) {
        int[][] out = adjacency(nodeCount, sources, targets, true);
        int[][] in = adjacency(nodeCount, sources, targets, false);
        int[] layer = longestPathLayers(nodeCount, out);
        int layerCount = Arrays.stream(layer).max().orElse(-1) + 1;
        List<List<Integer>> layers = new ArrayList<>();
        for (int l = 0; l < layerCount; l++) {
            layers.add(new ArrayList<>());
        }
        Integer[] all = new Integer[nodeCount];
        for (int i = 0; i < nodeCount; i++) {
            all[i] = i;
        }
        Arrays.sort(all, initialOrder);
        for (int v : all) {
            layers.get(layer[v]).add(v);
        }
        double[] position = new double[nodeCount];
        assignPositions(layers, position);
        for (int sweep = 0; sweep < 2; sweep++) {
            for (int l = 1; l < layerCount; l++) {
                orderByBarycenter(layers.get(l), out, position);
            }
            for (int l = layerCount - 2; l >= 0; l--) {
                orderByBarycenter(layers.get(l), in, position);
            }
        }
        return place(nodeCount, layers);
    }

    private static int[][] adjacency(int n, int[] sources, int[] targets, boolean outgoing) {
        int[] degree = new int[n];
        for (int i = 0; i < sources.length; i++) {
            degree[outgoing ? sources[i] : targets[i]]++;
        }
        int[][] adj = new int[n][];
        for (int v = 0; v < n; v++) {
            adj[v] = new int[degree[v]];
        }
        int[] fill = new int[n];
        for (int i = 0; i < sources.length; i++) {
            int from = outgoing ? sources[i] : targets[i];
            int to = outgoing ? targets[i] : sources[i];
            adj[from][fill[from]++] = to;
        }
        return adj;
    }

    /** Layer 0 holds nodes that depend on nothing; cycles are broken where the depth-first search meets them. */
    private static int[] longestPathLayers(int n, int[][] out) {
        int[] layer = new int[n];
        byte[] state = new byte[n]; // 0 new, 1 on stack, 2 done
        int[] stack = new int[n];
        int[] next = new int[n];
        for (int root = 0; root < n; root++) {
            if (state[root] != 0) {
                continue;
            }
            int top = 0;
            stack[top] = root;
            state[root] = 1;
            while (top >= 0) {
                int v = stack[top];
                if (next[v] < out[v].length) {
                    int w = out[v][next[v]++];
                    if (state[w] == 0) {
                        state[w] = 1;
                        stack[++top] = w;
                    }
                } else {
                    int depth = 0;
                    for (int w : out[v]) {
                        if (state[w] == 2) {
                            depth = Math.max(depth, layer[w] + 1);
                        }
                    }
                    layer[v] = depth;
                    state[v] = 2;
                    top--;
                }
            }
        }
        return layer;
    }

    private static void orderByBarycenter(List<Integer> nodes, int[][] neighbours, double[] position) {
        double[] key = new double[position.length];
        for (int v : nodes) {
            int[] adj = neighbours[v];
            if (adj.length == 0) {
                key[v] = position[v];
                continue;
            }
            double sum = 0;
            for (int w : adj) {
                sum += position[w];
            }
            key[v] = sum / adj.length;
        }
        nodes.sort(Comparator.comparingDouble(v -> key[v]));
        for (int i = 0; i < nodes.size(); i++) {
            position[nodes.get(i)] = nodes.size() == 1 ? 0.5 : (double) i / (nodes.size() - 1);
        }
    }

    private static void assignPositions(List<List<Integer>> layers, double[] position) {
        for (List<Integer> nodes : layers) {
            for (int i = 0; i < nodes.size(); i++) {
                position[nodes.get(i)] = nodes.size() == 1 ? 0.5 : (double) i / (nodes.size() - 1);
            }
        }
    }

    /** Dependents on top: the highest layer is drawn first. Wide layers wrap at a width chosen from the node count. */
    private static Result place(int n, List<List<Integer>> layers) {
        // a small graph (an overview of groups) wraps at six to a row, so that it fits a view at a zoom its labels can be read at
        int perRow = Math.max(6, (int) Math.ceil(Math.sqrt(n) * 1.6));
        int[] x = new int[n];
        int[] y = new int[n];
        int widest = 0;
        for (List<Integer> nodes : layers) {
            widest = Math.max(widest, Math.min(perRow, nodes.size()));
        }
        int totalWidth = widest * (NODE_WIDTH + H_GAP);
        int top = 0;
        for (int l = layers.size() - 1; l >= 0; l--) {
            List<Integer> nodes = layers.get(l);
            for (int start = 0; start < nodes.size(); start += perRow) {
                int count = Math.min(perRow, nodes.size() - start);
                int left = (totalWidth - count * (NODE_WIDTH + H_GAP)) / 2;
                for (int i = 0; i < count; i++) {
                    int v = nodes.get(start + i);
                    x[v] = left + i * (NODE_WIDTH + H_GAP);
                    y[v] = top;
                }
                top += NODE_HEIGHT + ROW_GAP;
            }
            top += LAYER_GAP - ROW_GAP;
        }
        return new Result(x, y);
    }
}
