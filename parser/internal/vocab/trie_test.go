package vocab

import "testing"

// trieBuilder is a node of a tree of keys with pointers: the plain form
// of the trie, which TestTrieFlatten holds buildTrie's against.
type trieBuilder struct {
	bytes       []byte
	next        []*trieBuilder
	field, kind string
	end         bool
}

// insert adds key to the tree: a label's field names its node, a
// heading's kind only a node no label's field names.
func (n *trieBuilder) insert(key, field, kind string) {
	for i := 0; i < len(key); i++ {
		var c *trieBuilder
		for j, b := range n.bytes {
			if b == key[i] {
				c = n.next[j]
				break
			}
		}
		if c == nil {
			c = &trieBuilder{}
			n.bytes = append(n.bytes, key[i])
			n.next = append(n.next, c)
		}
		n = c
	}
	n.end = true
	if field != "" {
		n.field = field
	}
	if kind != "" && n.field == "" {
		n.kind = kind
	}
}

// TestTrieFlatten walks the tree of every label and heading key (the
// labels inserted first) and the trie buildTrie laid out side by side:
// each child of the tree is the trie's child for its byte (edge i leads
// to node i+1), with the same field, kind and end, and no other byte
// leads anywhere.
func TestTrieFlatten(t *testing.T) {
	v := Default()
	root := &trieBuilder{}
	for k, e := range v.fieldByKey {
		root.insert(k, e.Field, "")
	}
	for k, e := range v.headingByKey {
		root.insert(k, "", e.Kind)
	}
	tr := v.trie()
	type pair struct {
		b *trieBuilder
		n int32
	}
	stack := []pair{{root, trieRoot}}
	nodes := 0
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		nodes++
		if tr.field(p.n) != p.b.field || tr.kind(p.n) != p.b.kind || tr.nodes[p.n].end != p.b.end {
			t.Fatalf("node %d: field %q kind %q end %v, want %q %q %v", p.n, tr.field(p.n), tr.kind(p.n), tr.nodes[p.n].end, p.b.field, p.b.kind, p.b.end)
		}
		for c := 0; c < 256; c++ {
			var want *trieBuilder
			for j, b := range p.b.bytes {
				if b == byte(c) {
					want = p.b.next[j]
				}
			}
			got := tr.child(p.n, byte(c))
			if (got == noNode) != (want == nil) {
				t.Fatalf("child(%d, %#x) = %d, want a node: %v", p.n, c, got, want != nil)
			}
			if want != nil {
				stack = append(stack, pair{want, got})
			}
		}
	}
	if nodes != len(tr.nodes) {
		t.Errorf("walked %d nodes of %d", nodes, len(tr.nodes))
	}
}
