"""Read side of the case register: the list, a case's detail, approvals waiting, my deadlines."""
