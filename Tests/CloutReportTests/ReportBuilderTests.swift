import Clout
import CloutIO
import CloutReport
import Testing
