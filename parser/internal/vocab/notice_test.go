package vocab

import "testing"

// A subject under a communiqué's word names a recruitment when it opens
// one; a recruitment's outcome (its list of admitted candidates, its
// postponement) or another subject is none.
func TestSubjectIsRecruitment(t *testing.T) {
	for in, want := range map[string]bool{
		"portant recrutement d'un personnel contractuel d'administration":             true,
		"relatif au recrutement d'un chargé de reporting":                             true,
		"on the recruitment of a Water Engineer":                                      true,
		"relatif au recrutement de 300 infirmiers d'État : liste des candidats admis": false,
		"concernant le recrutement des agents de santé : report des épreuves écrites": false,
		"regarding the recruitment of constables: results of the written test":        false,
		"portant nomination du directeur général":                                     false,
		"sur la campagne de vaccination":                                              false,
	} {
		if got := SubjectIsRecruitment(in); got != want {
			t.Errorf("SubjectIsRecruitment(%q) = %v, want %v", in, got, want)
		}
	}
}
