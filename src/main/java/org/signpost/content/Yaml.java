package org.signpost.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads YAML 1.2 into plain Java values (maps, lists, strings, longs, doubles, booleans)
 * and remembers where each key and list entry stood, so problems can name a line and column.
 * Dates stay strings: the schema decides what a value means.
 */
public final class Yaml {
    /** Built once: the schema's resolvers compile a dozen regular expressions. */
    private static final LoadSettings SETTINGS = LoadSettings.builder().setSchema(new CoreSchema()).build();

    private Yaml() {}

    /** A YAML document read into plain values, with the position of every key ("a.b", "list[2]"). */
    public record Tree(Object root, Map<String, Position> positions) {
        @SuppressWarnings("unchecked")
        public Map<String, Object> map() {
            return root instanceof Map ? (Map<String, Object>) root : Map.of();
        }

        public Position at(String path, Position fallback) {
            return positions.getOrDefault(path, fallback);
        }
    }

    /** Malformed YAML, at the position the parser noticed it. */
    public static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        public final Position at;

        SyntaxError(String message, Position at) {
            super(message);
            this.at = at;
        }
    }

    /**
     * Parses {@code text}; {@code firstLine} is the file line the text starts on.
     * Duplicate keys are reported as syntax errors, since the second one would silently win.
     */
    public static Tree read(String text, int firstLine) throws SyntaxError {
        Optional<Node> root;
        try {
            root = new Compose(SETTINGS).composeString(text);
        } catch (MarkedYamlEngineException e) {
            // At the end of the text the problem is where the unfinished construct began.
            boolean atEnd = e.getProblem() != null && e.getProblem().contains("end of stream");
            Position at = (atEnd ? e.getContextMark().or(e::getProblemMark) : e.getProblemMark())
                    .map(m -> position(m, firstLine)).orElse(new Position(firstLine, 1));
            String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            throw new SyntaxError("malformed YAML: " + problem + context, at);
        } catch (YamlEngineException e) {
            throw new SyntaxError("malformed YAML: " + e.getMessage(), new Position(firstLine, 1));
        }
        Map<String, Position> positions = new HashMap<>();
        Object value = root.isPresent() ? convert(root.get(), "", positions, firstLine) : null;
        return new Tree(value, positions);
    }

    private static Object convert(Node node, String path, Map<String, Position> positions, int firstLine) throws SyntaxError {
        if (node instanceof MappingNode mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple t : mapping.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(convert(t.getKeyNode(), path, positions, firstLine));
                Position at = t.getKeyNode().getStartMark().map(m -> position(m, firstLine)).orElse(Position.START);
                if (map.containsKey(key)) throw new SyntaxError("duplicate key '" + key + "'", at);
                String childPath = path.isEmpty() ? key : path + "." + key;
                positions.put(childPath, at);
                map.put(key, convert(t.getValueNode(), childPath, positions, firstLine));
            }
            return map;
        }
        if (node instanceof SequenceNode seq) {
            List<Object> list = new ArrayList<>();
            int i = 0;
            for (Node child : seq.getValue()) {
                String childPath = path + "[" + i++ + "]";
                positions.put(childPath, child.getStartMark().map(m -> position(m, firstLine)).orElse(Position.START));
                list.add(convert(child, childPath, positions, firstLine));
            }
            return list;
        }
        return scalar((ScalarNode) node);
    }

    private static Object scalar(ScalarNode s) {
        Tag tag = s.getTag();
        String v = s.getValue();
        try {
            if (Tag.NULL.equals(tag)) return null;
            if (Tag.BOOL.equals(tag)) return Boolean.parseBoolean(v.toLowerCase(java.util.Locale.ROOT));
            if (Tag.INT.equals(tag)) return Long.decode(v.replace("0o", "0"));
            if (Tag.FLOAT.equals(tag)) return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return v;
        }
        return v;
    }

    private static Position position(Mark m, int firstLine) {
        return new Position(m.getLine() + firstLine, m.getColumn() + 1);
    }
}
