package instance

import (
	"bytes"
	"fmt"
	"os"
	"testing"
)

// clientEnv makes the test binary act as a second certplan process that
// forwards `paths` to the app serving the folder it names, then prints the
// exit status and what came back.
const clientEnv = "CERTPLAN_INSTANCE_TEST_CLIENT"

func TestMain(m *testing.M) {
	if dir := os.Getenv(clientEnv); dir != "" {
		var out, errb bytes.Buffer
		code, ok := Forward(dir, []string{"paths"}, "", &out, &errb)
		fmt.Printf("answered=%v code=%d stdout=%q stderr=%q\n", ok, code, out.String(), errb.String())
		os.Exit(0)
	}
	os.Exit(m.Run())
}
