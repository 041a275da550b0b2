"""Write side of the case register: a request for adjudication and every workflow action on a case."""
