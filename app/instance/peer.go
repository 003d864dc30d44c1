package instance

import "fmt"

// checkPeer lets in only the user the app runs as: the socket's permissions
// already say so, and this holds even if the folder's permissions were
// loosened by hand.
func checkPeer(peerUID, ownUID int) error {
	if peerUID != ownUID {
		return fmt.Errorf("refused a connection from user %d (the app runs as user %d)", peerUID, ownUID)
	}
	return nil
}
