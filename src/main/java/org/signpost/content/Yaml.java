package org.signpost.content;

import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.constructor.core.ConstructYamlCoreFloat;
import org.snakeyaml.engine.v2.constructor.core.ConstructYamlCoreInt;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The one YAML reader (front matter, signpost.yml, LMI metadata, types.yml). Reads YAML 1.2
 * into plain Java values (maps, lists, strings, longs or BigIntegers, doubles, booleans) and
 * remembers where each key and list entry stood, so problems can name a line and column.
 * Dates stay strings: the schema decides what a value means.
 *
 * <p>Hostile input is refused with a {@link SyntaxError}, quickly: aliases are capped and may
 * not refer to a value they are inside, nesting is capped, and so is the number of values the
 * aliases may expand to.
 */
public final class Yaml {
    /** Lists and groups inside each other; a real header needs three or four. */
    static final int MAX_DEPTH = 50;
    /** Front matter has no need of aliases; a few are allowed for signpost.yml. */
    static final int MAX_ALIASES = 20;
    /** Values read, counting each repeat of an alias: stops "billion laughs". */
    static final int MAX_VALUES = 100_000;

    private static final ConstructYamlCoreInt INT = new ConstructYamlCoreInt();
    private static final ConstructYamlCoreFloat FLOAT = new ConstructYamlCoreFloat();
    /** Built once: the schema's resolvers compile a dozen regular expressions. */
    private static final LoadSettings SETTINGS = LoadSettings.builder().setSchema(new CoreSchema())
            .setAllowRecursiveKeys(false).setMaxAliasesForCollections(MAX_ALIASES)
            .setCodePointLimit((int) SourceText.MAX_BYTES).build();

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

    /** Malformed or hostile YAML, at the position where the mistake starts. */
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
        Guard guard = new Guard(new ParserImpl(SETTINGS, new StreamReader(SETTINGS, new StringReader(text))));
        Optional<Node> root;
        try {
            root = new Composer(SETTINGS, guard).getSingleNode();
        } catch (Refused e) {
            throw new SyntaxError(e.getMessage(), at(e.mark, firstLine));
        } catch (MarkedYamlEngineException e) {
            throw YamlErrors.explain(e, text, firstLine);
        } catch (YamlEngineException e) {
            throw new SyntaxError("malformed YAML: " + e.getMessage(), new Position(firstLine, 1));
        } catch (StackOverflowError e) {
            // A last resort: the guard's depth limit should stop this first.
            throw new SyntaxError("the values are nested too deeply to read", new Position(firstLine, 1));
        }
        Converter converter = new Converter(firstLine, guard.firstAlias);
        Object value = root.isPresent() ? converter.convert(root.get(), "") : null;
        return new Tree(value, converter.positions);
    }

    static Position at(Optional<Mark> mark, int firstLine) {
        return mark.map(m -> Position.of(m.getLine() + firstLine, m.getColumn() + 1)).orElse(Position.of(firstLine, 1));
    }

    /** Thrown by the guard, before the composer can recurse too deep or loop. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Optional<Mark> mark;

        Refused(String message, Optional<Mark> mark) {
            super(message, null, false, false);
            this.mark = mark;
        }
    }

    /** Watches the parser's events: nesting depth, alias count, and aliases inside their own anchor. */
    private static final class Guard implements Parser {
        private final Parser in;
        private final Deque<String> open = new ArrayDeque<>();
        private int aliases;
        Optional<Mark> firstAlias = Optional.empty();

        Guard(Parser in) {
            this.in = in;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return in.checkEvent(id);
        }

        @Override
        public Event peekEvent() {
            return in.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return in.hasNext();
        }

        @Override
        public Event next() {
            Event e = in.next();
            if (e instanceof CollectionStartEvent c) {
                if (open.size() >= MAX_DEPTH) {
                    throw new Refused("lists and groups are nested more than " + MAX_DEPTH + " deep here; no page needs that many", e.getStartMark());
                }
                open.push(c.getAnchor().map(Anchor::getValue).orElse(""));
            } else if (e instanceof CollectionEndEvent) {
                open.pop();
            } else if (e instanceof AliasEvent a) {
                String name = a.getAlias().getValue();
                if (firstAlias.isEmpty()) firstAlias = e.getStartMark();
                if (open.contains(name)) {
                    throw new Refused("'*" + name + "' is inside the value '&" + name + "' it repeats, so that value would never end; write the values out",
                            e.getStartMark());
                }
                if (++aliases > MAX_ALIASES) {
                    throw new Refused("more than " + MAX_ALIASES + " aliases ('*" + name + "'); write the values out instead", e.getStartMark());
                }
            }
            return e;
        }
    }

    /** Nodes to plain values, counting every value so that repeated aliases cannot multiply without end. */
    private static final class Converter {
        final Map<String, Position> positions = new HashMap<>();
        private final int firstLine;
        private final Optional<Mark> firstAlias;
        private int values;

        Converter(int firstLine, Optional<Mark> firstAlias) {
            this.firstLine = firstLine;
            this.firstAlias = firstAlias;
        }

        Object convert(Node node, String path) throws SyntaxError {
            if (++values > MAX_VALUES) {
                throw new SyntaxError("the aliases here repeat values more than " + MAX_VALUES + " times; write the values out instead",
                        at(firstAlias.or(node::getStartMark), firstLine));
            }
            if (node instanceof MappingNode mapping) {
                Map<String, Object> map = new LinkedHashMap<>();
                for (NodeTuple t : mapping.getValue()) {
                    // Interned: every item repeats its type's keys and paths, millions of copies at 50,000 items.
                    String key = (t.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(convert(t.getKeyNode(), path))).intern();
                    Position at = at(t.getKeyNode().getStartMark(), firstLine);
                    if (map.containsKey(key)) throw new SyntaxError("duplicate key '" + key + "'", at);
                    String childPath = path.isEmpty() ? key : (path + "." + key).intern();
                    positions.put(childPath, at);
                    map.put(key, convert(t.getValueNode(), childPath));
                }
                return map;
            }
            if (node instanceof SequenceNode seq) {
                List<Object> list = new ArrayList<>();
                int i = 0;
                for (Node child : seq.getValue()) {
                    String childPath = (path + "[" + i++ + "]").intern();
                    positions.put(childPath, at(child.getStartMark(), firstLine));
                    list.add(convert(child, childPath));
                }
                return list;
            }
            return scalar((ScalarNode) node);
        }
    }

    /** A scalar as the YAML 1.2 core schema reads it: 010 is ten, 0o10 eight, 0x10 sixteen. */
    private static Object scalar(ScalarNode s) {
        Tag tag = s.getTag();
        try {
            if (Tag.NULL.equals(tag)) return null;
            if (Tag.BOOL.equals(tag)) return Boolean.parseBoolean(s.getValue().toLowerCase(java.util.Locale.ROOT));
            if (Tag.INT.equals(tag)) {
                Object n = INT.construct(s);
                return n instanceof BigInteger big && big.bitLength() < 64 ? big.longValue() : n instanceof Integer i ? (Object) i.longValue() : n;
            }
            if (Tag.FLOAT.equals(tag)) return FLOAT.construct(s);
        } catch (RuntimeException e) {
            return s.getValue(); // an explicit !!int tag on text: the schema reports it as text
        }
        return s.getValue();
    }
}
